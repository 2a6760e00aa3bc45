SELECT "o"."obs_id" AS "obs_id", (SELECT max("ivoa"."obscore"."t_max") AS "max" FROM "ivoa"."obscore") AS "latest" FROM "ivoa"."obscore" AS "o" WHERE "o"."lsst_visit" IN (SELECT "caom2"."Plane"."obsID" AS "obsID" FROM "caom2"."Plane") AND EXISTS (SELECT 1 AS "expr" FROM "caom2"."Observation" AS "b" WHERE "b"."obsID" = "o"."lsst_visit")
-- obs_id: char[*] ucd=meta.id
-- latest: double unit=d ucd=time.end;obs.exposure
