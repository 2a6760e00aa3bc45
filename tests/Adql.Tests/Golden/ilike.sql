SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."obs_title" ILIKE '%Deep%' ESCAPE ''
-- obs_id: char[*] ucd=meta.id
