SELECT "ivoa"."obscore"."obs_id" AS "OBS_ID", "ivoa"."obscore"."s_ra" AS "S_Ra" FROM "ivoa"."obscore"
-- OBS_ID: char[*] ucd=meta.id
-- S_Ra: double unit=deg ucd=pos.eq.ra
