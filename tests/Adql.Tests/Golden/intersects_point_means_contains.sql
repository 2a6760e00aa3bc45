SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE spoint(radians(10), radians(20)) <@ "ivoa"."obscore"."s_region" OR spoint(radians(11), radians(21)) <@ "ivoa"."obscore"."s_region"
-- obs_id: char[*] ucd=meta.id
