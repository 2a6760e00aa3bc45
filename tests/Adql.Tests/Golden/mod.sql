SELECT mod("ivoa"."obscore"."lsst_detector", 9) AS "mod", CAST(mod(CAST("ivoa"."obscore"."s_ra" AS numeric), CAST(15 AS numeric)) AS double precision) AS "mod_2", mod("ivoa"."obscore"."lsst_visit", 2) AS "mod_3" FROM "ivoa"."obscore"
-- mod: int
-- mod_2: double unit=deg
-- mod_3: long
