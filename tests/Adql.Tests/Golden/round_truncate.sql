SELECT CAST(round(CAST("ivoa"."obscore"."s_ra" AS numeric)) AS double precision) AS "round", CAST(round(CAST("ivoa"."obscore"."s_ra" AS numeric), 3) AS double precision) AS "round_2", trunc("ivoa"."obscore"."s_ra") AS "truncate", CAST(trunc(CAST("ivoa"."obscore"."s_ra" AS numeric), 2) AS double precision) AS "truncate_2", CAST(round(CAST("ivoa"."obscore"."lsst_detector" AS numeric), 1) AS double precision) AS "round_3" FROM "ivoa"."obscore"
-- round: double unit=deg
-- round_2: double unit=deg
-- truncate: double unit=deg
-- truncate_2: double unit=deg
-- round_3: double
