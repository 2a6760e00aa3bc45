SELECT "p"."planeID" AS "planeID", "p"."obsID" AS "obsID", CAST("p"."position_bounds" AS text) AS "position_bounds", "p"."time_bounds_lower" AS "time_bounds_lower", "p"."time_bounds_upper" AS "time_bounds_upper", to_char("p"."dataRelease", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "dataRelease", "o"."collection" AS "collection" FROM "caom2"."Plane" AS "p" JOIN "caom2"."Observation" AS "o" ON "p"."obsID" = "o"."obsID"
-- planeID: long ucd=meta.id
-- obsID: long ucd=meta.id
-- position_bounds: double[*] xtype=polygon unit=deg ucd=pos.outline encoding=PolygonText
-- time_bounds_lower: double unit=d ucd=time.start
-- time_bounds_upper: double unit=d ucd=time.end
-- dataRelease: char[*] xtype=timestamp ucd=time.release encoding=IsoTimestamp
-- collection: char[*] ucd=meta.id
