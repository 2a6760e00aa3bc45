WITH "deep" AS (SELECT "ivoa"."obscore"."obs_id" AS "obs_id", "ivoa"."obscore"."t_min" AS "t_min" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."calib_level" = 3), "recent" ("id", "start") AS (SELECT "deep"."obs_id" AS "obs_id", "deep"."t_min" AS "t_min" FROM "deep" WHERE "deep"."t_min" > 60000) SELECT "recent"."id" AS "id" FROM "recent" ORDER BY "recent"."start"
-- id: char[*] ucd=meta.id
