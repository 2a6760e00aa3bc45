SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."t_min" <= 60000.5 AND 60000 <= "ivoa"."obscore"."t_max"
-- obs_id: char[*] ucd=meta.id
