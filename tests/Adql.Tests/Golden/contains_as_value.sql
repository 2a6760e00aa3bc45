SELECT "ivoa"."obscore"."obs_id" AS "obs_id", CASE WHEN "ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(0.5)) THEN 1 ELSE 0 END AS "inside" FROM "ivoa"."obscore"
-- obs_id: char[*] ucd=meta.id
-- inside: int
