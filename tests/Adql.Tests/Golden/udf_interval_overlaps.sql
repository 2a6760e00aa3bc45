SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE CAST("ivoa"."obscore"."t_min" <= 60000.5 AND 60000 <= "ivoa"."obscore"."t_max" AS integer) = 1
-- obs_id: char[*] ucd=meta.id
