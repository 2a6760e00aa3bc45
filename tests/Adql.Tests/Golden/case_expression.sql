SELECT CASE WHEN "ivoa"."obscore"."calib_level" = 1 THEN 'raw' WHEN "ivoa"."obscore"."calib_level" = 2 THEN 'calexp' ELSE 'other' END AS "kind", CASE "ivoa"."obscore"."lsst_band" WHEN 'g' THEN 1 ELSE 0 END AS "expr" FROM "ivoa"."obscore"
-- kind: char[*]
-- expr: int
