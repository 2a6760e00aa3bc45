SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" LIMIT 101
-- obs_id: char[*] ucd=meta.id
