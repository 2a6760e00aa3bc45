SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE ("ivoa"."obscore"."calib_level" = 1 OR "ivoa"."obscore"."calib_level" = 2) AND NOT "ivoa"."obscore"."s_ra" - ("ivoa"."obscore"."s_dec" - 1) > 2 * (3 + "ivoa"."obscore"."s_fov")
-- obs_id: char[*] ucd=meta.id
