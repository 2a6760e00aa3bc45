SELECT "o"."obsID" AS "obsID" FROM "caom2"."Observation" AS "o" JOIN ("caom2"."Plane" AS "p" JOIN "ivoa"."obscore" AS "c" ON "c"."lsst_visit" = "p"."obsID") ON "o"."obsID" = "p"."obsID"
-- obsID: long ucd=meta.id
