SELECT DISTINCT "ivoa"."obscore"."lsst_band" AS "lsst_band" FROM "ivoa"."obscore"
-- lsst_band: char[*] ucd=instr.bandpass
