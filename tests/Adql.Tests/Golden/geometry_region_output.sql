SELECT CAST("ivoa"."obscore"."s_region" AS text) AS "s_region" FROM "ivoa"."obscore"
-- s_region: char[*] xtype=adql:REGION ucd=pos.outline;obs.field encoding=PolygonText
