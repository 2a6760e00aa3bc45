SELECT "a"."obs_id" AS "obs_id", "b"."obsID" AS "obsID" FROM "ivoa"."obscore" AS "a" CROSS JOIN "caom2"."Observation" AS "b", "caom2"."Plane" AS "c" WHERE "c"."obsID" = "b"."obsID"
-- obs_id: char[*] ucd=meta.id
-- obsID: long ucd=meta.id
