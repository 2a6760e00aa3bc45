SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."s_region" && scircle(spoint(radians(10), radians(20)), radians(1))
-- obs_id: char[*] ucd=meta.id
