SELECT "ivoa"."obscore"."obs_id" AS "obs_id", CAST("ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(0.5)) AS integer) AS "inside" FROM "ivoa"."obscore"
-- obs_id: char[*] ucd=meta.id
-- inside: int
