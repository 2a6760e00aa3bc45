SELECT "a"."obs_id" AS "obs_id", "b"."obs_id" AS "obs_id_2" FROM "ivoa"."obscore" AS "a", "ivoa"."obscore" AS "b" WHERE "a"."obs_publisher_did" = "b"."obs_publisher_did"
-- obs_id: char[*] ucd=meta.id
-- obs_id_2: char[*] ucd=meta.id
