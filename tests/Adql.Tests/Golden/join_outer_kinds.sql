SELECT "o"."obsID" AS "obsID", "p"."planeID" AS "planeID" FROM "caom2"."Observation" AS "o" LEFT OUTER JOIN "caom2"."Plane" AS "p" ON "o"."obsID" = "p"."obsID" RIGHT OUTER JOIN "caom2"."Plane" AS "q" ON "q"."planeID" = "p"."planeID" FULL OUTER JOIN "ivoa"."obscore" AS "c" ON "c"."lsst_visit" = "q"."obsID"
-- obsID: long ucd=meta.id
-- planeID: long ucd=meta.id
