SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" ORDER BY "obs_id" OFFSET 20
-- obs_id: char[*] ucd=meta.id
