SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore"
-- obs_id: char[*] ucd=meta.id
