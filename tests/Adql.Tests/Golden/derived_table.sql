SELECT "t"."band" AS "band", "t"."n" AS "n" FROM (SELECT "ivoa"."obscore"."lsst_band" AS "band", count(*) AS "n" FROM "ivoa"."obscore" GROUP BY "ivoa"."obscore"."lsst_band") AS "t" WHERE "t"."n" > 5
-- band: char[*] ucd=instr.bandpass
-- n: long
