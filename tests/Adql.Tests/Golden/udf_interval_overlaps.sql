SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE CASE WHEN "ivoa"."obscore"."t_min" <= 60000.5 AND 60000 <= "ivoa"."obscore"."t_max" THEN 1 ELSE 0 END = 1
-- obs_id: char[*] ucd=meta.id
