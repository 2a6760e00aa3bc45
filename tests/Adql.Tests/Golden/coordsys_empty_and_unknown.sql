SELECT ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] AS "point", ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] AS "point_2", ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] AS "point_3" FROM "ivoa"."obscore"
-- point: double[2] xtype=point unit=deg encoding=DegreesArray
-- point_2: double[2] xtype=point unit=deg encoding=DegreesArray
-- point_3: double[2] xtype=point unit=deg encoding=DegreesArray
