SELECT "ivoa"."obscore"."obs_id" AS "obs_id", "ivoa"."obscore"."s_ra" AS "s_ra" FROM "ivoa"."obscore"
-- obs_id: char[*] ucd=meta.id
-- s_ra: double unit=deg ucd=pos.eq.ra
