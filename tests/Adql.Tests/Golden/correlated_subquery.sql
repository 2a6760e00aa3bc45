SELECT "o"."obs_id" AS "obs_id" FROM "ivoa"."obscore" AS "o" WHERE "o"."t_min" = (SELECT min("i"."t_min") AS "min" FROM "ivoa"."obscore" AS "i" WHERE "i"."lsst_visit" = "o"."lsst_visit")
-- obs_id: char[*] ucd=meta.id
