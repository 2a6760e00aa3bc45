SELECT degrees("ivoa"."obscore"."s_position" <-> spoint(radians(10), radians(20))) AS "d" FROM "ivoa"."obscore"
-- d: double unit=deg
