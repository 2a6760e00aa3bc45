SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" INTERSECT SELECT "caom2"."Observation"."observationID" AS "observationID" FROM "caom2"."Observation" ORDER BY "obs_id"
-- obs_id: char[*] ucd=meta.id
