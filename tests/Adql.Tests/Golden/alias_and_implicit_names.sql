SELECT "ivoa"."obscore"."s_ra" * 2 AS "expr", "ivoa"."obscore"."s_ra" * 2 AS "twice", count(*) AS "count", max("ivoa"."obscore"."t_min") AS "max" FROM "ivoa"."obscore" GROUP BY "ivoa"."obscore"."s_ra"
-- expr: double unit=deg
-- twice: double unit=deg
-- count: long
-- max: double unit=d ucd=time.start;obs.exposure
