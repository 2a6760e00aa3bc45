SELECT degrees(spoint(radians("ivoa"."obscore"."s_ra"), radians("ivoa"."obscore"."s_dec")) <-> spoint(radians(10), radians(20))) AS "d" FROM "ivoa"."obscore"
-- d: double unit=deg
