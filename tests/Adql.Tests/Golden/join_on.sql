SELECT "o"."obs_id" AS "obs_id", "p"."planeID" AS "planeID" FROM "ivoa"."obscore" AS "o" JOIN "caom2"."Plane" AS "p" ON "o"."lsst_visit" = "p"."obsID"
-- obs_id: char[*] ucd=meta.id
-- planeID: long ucd=meta.id
