SELECT "ivoa"."obscore"."lsst_visit" & 255 AS "expr", "ivoa"."obscore"."lsst_detector" | 3 AS "expr_2", "ivoa"."obscore"."lsst_detector" # 1 AS "expr_3", ~"ivoa"."obscore"."lsst_detector" AS "expr_4" FROM "ivoa"."obscore"
-- expr: long
-- expr_2: int
-- expr_3: int
-- expr_4: int
