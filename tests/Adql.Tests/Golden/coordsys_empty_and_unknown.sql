SELECT CASE WHEN spoint(radians(1), radians(2)) IS NULL THEN NULL ELSE ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] END AS "point", CASE WHEN spoint(radians(1), radians(2)) IS NULL THEN NULL ELSE ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] END AS "point_2", CASE WHEN spoint(radians(1), radians(2)) IS NULL THEN NULL ELSE ARRAY[degrees(long(spoint(radians(1), radians(2)))), degrees(lat(spoint(radians(1), radians(2))))] END AS "point_3" FROM "ivoa"."obscore"
-- point: double[2] xtype=point unit=deg encoding=DegreesArray
-- point_2: double[2] xtype=point unit=deg encoding=DegreesArray
-- point_3: double[2] xtype=point unit=deg encoding=DegreesArray
