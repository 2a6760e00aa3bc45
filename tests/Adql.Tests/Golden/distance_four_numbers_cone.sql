SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."s_position" <@ scircle(spoint(radians(10), radians(20)), radians(0.1)) AND degrees("ivoa"."obscore"."s_position" <-> spoint(radians(10), radians(20))) < 0.1 AND scircle("ivoa"."obscore"."s_position", radians(0.01)) && "ivoa"."obscore"."s_region"
-- obs_id: char[*] ucd=meta.id
