SELECT "ivoa"."obscore"."obs_collection" || '/' || "ivoa"."obscore"."obs_id" AS "path" FROM "ivoa"."obscore"
-- path: char[*]
