SELECT "ivoa"."obscore"."lsst_detector" / 9 AS "expr", "ivoa"."obscore"."s_ra" / 2 AS "expr_2", 7 / 2 AS "expr_3" FROM "ivoa"."obscore"
-- expr: int
-- expr_2: double unit=deg
-- expr_3: int
