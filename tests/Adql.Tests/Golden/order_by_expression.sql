SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" ORDER BY "ivoa"."obscore"."t_max" - "ivoa"."obscore"."t_min" DESC
-- obs_id: char[*] ucd=meta.id
