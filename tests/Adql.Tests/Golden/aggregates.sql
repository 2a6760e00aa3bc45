SELECT "ivoa"."obscore"."lsst_band" AS "lsst_band", count(*) AS "n", count(DISTINCT "ivoa"."obscore"."lsst_visit") AS "count", avg("ivoa"."obscore"."t_exptime") AS "avg", sum("ivoa"."obscore"."t_exptime") AS "sum", min("ivoa"."obscore"."t_min") AS "min", max("ivoa"."obscore"."t_max") AS "max" FROM "ivoa"."obscore" GROUP BY "ivoa"."obscore"."lsst_band" HAVING count(*) > 10 ORDER BY "n" DESC
-- lsst_band: char[*] ucd=instr.bandpass
-- n: long
-- count: long
-- avg: double unit=s
-- sum: double unit=s
-- min: double unit=d ucd=time.start;obs.exposure
-- max: double unit=d ucd=time.end;obs.exposure
