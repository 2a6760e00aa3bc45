SELECT degrees(degrees(area("ivoa"."obscore"."s_region"))) AS "a", CASE WHEN "ivoa"."obscore"."s_position" IS NULL THEN NULL ELSE ARRAY[degrees(long("ivoa"."obscore"."s_position")), degrees(lat("ivoa"."obscore"."s_position"))] END AS "c", degrees(long("ivoa"."obscore"."s_position")) AS "coord1", degrees(lat(center(scircle(spoint(radians(10), radians(20)), radians(1))))) AS "coord2", 'ICRS' AS "coordsys", degrees(degrees(area((SELECT spoly(vertex.p ORDER BY vertex.n) FROM (VALUES (1, spoint(radians(10 - 1 / 2.0), radians(20 - 1 / 2.0))), (2, spoint(radians(10 + 1 / 2.0), radians(20 - 1 / 2.0))), (3, spoint(radians(10 + 1 / 2.0), radians(20 + 1 / 2.0))), (4, spoint(radians(10 - 1 / 2.0), radians(20 + 1 / 2.0)))) AS vertex(n, p))))) AS "area" FROM "ivoa"."obscore"
-- a: double unit=deg**2
-- c: double[2] xtype=point unit=deg encoding=DegreesArray
-- coord1: double unit=deg
-- coord2: double unit=deg
-- coordsys: char[*]
-- area: double unit=deg**2
