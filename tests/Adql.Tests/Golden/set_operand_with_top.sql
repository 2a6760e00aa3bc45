(SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" ORDER BY "ivoa"."obscore"."t_min" LIMIT 3) UNION (SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" ORDER BY "ivoa"."obscore"."t_max" DESC LIMIT 3)
-- obs_id: char[*] ucd=meta.id
