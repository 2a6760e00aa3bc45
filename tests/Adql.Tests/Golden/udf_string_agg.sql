SELECT "ivoa"."obscore"."lsst_visit" AS "lsst_visit", string_agg("ivoa"."obscore"."lsst_band", ',') AS "bands" FROM "ivoa"."obscore" GROUP BY "ivoa"."obscore"."lsst_visit"
-- lsst_visit: long ucd=meta.id;obs
-- bands: char[*]
