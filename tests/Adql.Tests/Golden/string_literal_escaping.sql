SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."obs_title" = 'Bob''s field' OR "ivoa"."obscore"."obs_title" = E'C:\\data\\raw'
-- obs_id: char[*] ucd=meta.id
