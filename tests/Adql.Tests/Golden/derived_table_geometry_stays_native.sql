SELECT CAST("r"."s_region" AS text) AS "s_region", "r"."obs_id" AS "obs_id" FROM (SELECT "ivoa"."obscore"."s_region" AS "s_region", "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore") AS "r"
-- s_region: char[*] xtype=adql:REGION ucd=pos.outline;obs.field encoding=PolygonText
-- obs_id: char[*] ucd=meta.id
