SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."calib_level" = 3
-- obs_id: char[*] ucd=meta.id
