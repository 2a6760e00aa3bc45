SELECT 'POLYGON ICRS ' || array_to_string((SELECT array_agg(degrees(coordinate.c) ORDER BY coordinate.n) FROM unnest(CAST(string_to_array(translate(CAST("ivoa"."obscore"."s_region" AS text), '{}() ', ''), ',') AS double precision[])) WITH ORDINALITY AS coordinate(c, n)), ' ') AS "s_region" FROM "ivoa"."obscore"
-- s_region: char[*] xtype=adql:REGION ucd=pos.outline;obs.field encoding=StcsText
