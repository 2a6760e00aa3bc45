SELECT "obsID" AS "obsID", "caom2"."Observation"."collection" AS "collection", "caom2"."Observation"."observationID" AS "observationID", CASE WHEN "caom2"."Observation"."target_position" IS NULL THEN NULL ELSE ARRAY[degrees(long("caom2"."Observation"."target_position")), degrees(lat("caom2"."Observation"."target_position"))] END AS "target_position", "caom2"."Plane"."planeID" AS "planeID", CAST("caom2"."Plane"."position_bounds" AS text) AS "position_bounds", "caom2"."Plane"."time_bounds_lower" AS "time_bounds_lower", "caom2"."Plane"."time_bounds_upper" AS "time_bounds_upper", to_char("caom2"."Plane"."dataRelease", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "dataRelease" FROM "caom2"."Observation" JOIN "caom2"."Plane" USING ("obsID")
-- obsID: long ucd=meta.id
-- collection: char[*] ucd=meta.id
-- observationID: char[*] ucd=meta.id
-- target_position: double[2] xtype=point unit=deg ucd=pos.eq encoding=DegreesArray
-- planeID: long ucd=meta.id
-- position_bounds: double[*] xtype=polygon unit=deg ucd=pos.outline encoding=PolygonText
-- time_bounds_lower: double unit=d ucd=time.start
-- time_bounds_upper: double unit=d ucd=time.end
-- dataRelease: char[*] xtype=timestamp ucd=time.release encoding=IsoTimestamp
