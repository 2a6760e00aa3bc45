SELECT coalesce("ivoa"."obscore"."obs_title", "ivoa"."obscore"."obs_id") AS "coalesce", lower("ivoa"."obscore"."lsst_band") AS "lower", upper("ivoa"."obscore"."obs_collection") AS "upper" FROM "ivoa"."obscore"
-- coalesce: char[*] ucd=meta.title;obs
-- lower: char[*]
-- upper: char[*]
