SELECT CAST("caom2"."Plane"."position_bounds" AS text) AS "position_bounds", CASE WHEN "caom2"."Observation"."target_position" IS NULL THEN NULL ELSE ARRAY[degrees(long("caom2"."Observation"."target_position")), degrees(lat("caom2"."Observation"."target_position"))] END AS "target_position" FROM "caom2"."Plane", "caom2"."Observation"
-- position_bounds: double[*] xtype=polygon unit=deg ucd=pos.outline encoding=PolygonText
-- target_position: double[2] xtype=point unit=deg ucd=pos.eq encoding=DegreesArray
