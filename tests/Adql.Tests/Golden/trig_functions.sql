SELECT sin(radians("ivoa"."obscore"."s_dec")) AS "sin", cos("ivoa"."obscore"."s_dec") AS "cos", tan("ivoa"."obscore"."s_dec") AS "tan", cot("ivoa"."obscore"."s_dec") AS "cot", asin(0.5) AS "asin", acos(0.5) AS "acos", atan(1) AS "atan", atan2("ivoa"."obscore"."s_dec", "ivoa"."obscore"."s_ra") AS "atan2" FROM "ivoa"."obscore"
-- sin: double
-- cos: double
-- tan: double
-- cot: double
-- asin: double unit=rad
-- acos: double unit=rad
-- atan: double unit=rad
-- atan2: double unit=rad
