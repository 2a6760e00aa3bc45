SELECT "obsID" AS "obsID", "caom2"."Plane"."planeID" AS "planeID" FROM "caom2"."Observation" JOIN "caom2"."Plane" USING ("obsID")
-- obsID: long ucd=meta.id
-- planeID: long ucd=meta.id
