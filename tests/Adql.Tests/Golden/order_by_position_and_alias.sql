SELECT "ivoa"."obscore"."obs_id" AS "id", "ivoa"."obscore"."t_min" AS "t_min" FROM "ivoa"."obscore" ORDER BY "t_min" DESC, "id"
-- id: char[*] ucd=meta.id
-- t_min: double unit=d ucd=time.start;obs.exposure
