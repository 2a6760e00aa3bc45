SELECT "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."s_region" && (SELECT spoly(vertex.p ORDER BY vertex.n) FROM (VALUES (1, spoint(radians(10), radians(20))), (2, spoint(radians(11), radians(20))), (3, spoint(radians(11), radians(21))), (4, spoint(radians(10), radians(21)))) AS vertex(n, p))
-- obs_id: char[*] ucd=meta.id
