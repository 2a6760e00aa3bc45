SELECT -(-"ivoa"."obscore"."s_ra") AS "expr", -"ivoa"."obscore"."s_dec" AS "expr_2" FROM "ivoa"."obscore"
-- expr: double unit=deg
-- expr_2: double unit=deg
