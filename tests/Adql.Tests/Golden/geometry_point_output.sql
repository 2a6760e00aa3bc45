SELECT ARRAY[degrees(long("ivoa"."obscore"."s_position")), degrees(lat("ivoa"."obscore"."s_position"))] AS "pos", ARRAY[degrees(long(spoint(radians(10), radians(20)))), degrees(lat(spoint(radians(10), radians(20))))] AS "fixed" FROM "ivoa"."obscore"
-- pos: double[2] xtype=point unit=deg encoding=DegreesArray
-- fixed: double[2] xtype=point unit=deg encoding=DegreesArray
