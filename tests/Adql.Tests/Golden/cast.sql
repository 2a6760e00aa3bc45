SELECT CAST("ivoa"."obscore"."lsst_detector" AS double precision) AS "lsst_detector", CAST("ivoa"."obscore"."s_ra" AS integer) AS "s_ra", CAST("ivoa"."obscore"."obs_id" AS varchar(20)) AS "obs_id", CAST("ivoa"."obscore"."calib_level" AS char(1)) AS "calib_level" FROM "ivoa"."obscore"
-- lsst_detector: double
-- s_ra: int unit=deg
-- obs_id: char[*]
-- calib_level: char[*]
