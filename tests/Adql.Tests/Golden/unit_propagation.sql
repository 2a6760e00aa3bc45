SELECT "ivoa"."obscore"."s_ra" * 2 AS "twice", "ivoa"."obscore"."s_ra" + "ivoa"."obscore"."s_dec" AS "total", "ivoa"."obscore"."s_ra" * "ivoa"."obscore"."s_dec" AS "product", -"ivoa"."obscore"."s_ra" AS "neg", abs("ivoa"."obscore"."s_dec") AS "a", "ivoa"."obscore"."t_max" - "ivoa"."obscore"."t_min" AS "span" FROM "ivoa"."obscore"
-- twice: double unit=deg
-- total: double unit=deg
-- product: double
-- neg: double unit=deg
-- a: double unit=deg
-- span: double unit=d
