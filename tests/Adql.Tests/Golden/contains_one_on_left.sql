SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(0.5))
-- obs_id: char[*] ucd=meta.id
