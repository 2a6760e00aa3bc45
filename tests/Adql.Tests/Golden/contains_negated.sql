SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE ("ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(0.5))) IS FALSE OR "ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(5)) OR ("ivoa"."obscore"."s_position" <@ scircle(spoint(radians(1), radians(2)), radians(3))) IS FALSE
-- obs_id: char[*] ucd=meta.id
