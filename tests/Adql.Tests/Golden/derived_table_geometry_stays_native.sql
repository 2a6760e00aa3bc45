SELECT 'POLYGON ICRS ' || array_to_string((SELECT array_agg(degrees(coordinate.c) ORDER BY coordinate.n) FROM unnest(CAST(string_to_array(translate(CAST("r"."s_region" AS text), '{}() ', ''), ',') AS double precision[])) WITH ORDINALITY AS coordinate(c, n)), ' ') AS "s_region", "r"."obs_id" AS "obs_id" FROM (SELECT "ivoa"."obscore"."s_region" AS "s_region", "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore") AS "r"
-- s_region: char[*] xtype=adql:REGION ucd=pos.outline;obs.field encoding=StcsText
-- obs_id: char[*] ucd=meta.id
