SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."t_min" BETWEEN 60000 AND 60010 AND "ivoa"."obscore"."lsst_band" IN ('g', 'r') AND "ivoa"."obscore"."s_region" IS NOT NULL AND "ivoa"."obscore"."lsst_detector" NOT BETWEEN 1 AND 9
-- obs_id: char[*] ucd=meta.id
