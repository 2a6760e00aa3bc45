SELECT CASE WHEN "ivoa"."obscore"."s_position" IS NULL THEN NULL ELSE ARRAY[degrees(long("ivoa"."obscore"."s_position")), degrees(lat("ivoa"."obscore"."s_position"))] END AS "pos", CASE WHEN spoint(radians(10), radians(20)) IS NULL THEN NULL ELSE ARRAY[degrees(long(spoint(radians(10), radians(20)))), degrees(lat(spoint(radians(10), radians(20))))] END AS "fixed" FROM "ivoa"."obscore"
-- pos: double[2] xtype=point unit=deg encoding=DegreesArray
-- fixed: double[2] xtype=point unit=deg encoding=DegreesArray
