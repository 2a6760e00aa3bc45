SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."obs_id" LIKE E'raw\\_%' ESCAPE '' AND "ivoa"."obscore"."obs_title" NOT LIKE '%test%' ESCAPE ''
-- obs_id: char[*] ucd=meta.id
