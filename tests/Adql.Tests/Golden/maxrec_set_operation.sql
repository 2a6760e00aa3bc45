SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."calib_level" = 1 UNION SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."calib_level" = 2 LIMIT 101
-- obs_id: char[*] ucd=meta.id
