SELECT "ivoa"."obscore"."obs_id" AS "obs_id", CAST("ivoa"."obscore"."t_min" <= 60001 AND 60000 <= "ivoa"."obscore"."t_max" AS integer) AS "overlaps" FROM "ivoa"."obscore" WHERE ("ivoa"."obscore"."t_min" <= 2 AND 1 <= "ivoa"."obscore"."t_max") IS FALSE OR "ivoa"."obscore"."calib_level" = 1 AND ("ivoa"."obscore"."em_min" <= 5e-7 AND 4e-7 <= "ivoa"."obscore"."em_max")
-- obs_id: char[*] ucd=meta.id
-- overlaps: int
