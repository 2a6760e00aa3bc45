SELECT floor("ivoa"."obscore"."t_min") AS "night", count(*) AS "count" FROM "ivoa"."obscore" GROUP BY "night" ORDER BY "night"
-- night: double unit=d
-- count: long
