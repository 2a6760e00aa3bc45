SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" ORDER BY "ivoa"."obscore"."t_min" DESC LIMIT 10
-- obs_id: char[*] ucd=meta.id
