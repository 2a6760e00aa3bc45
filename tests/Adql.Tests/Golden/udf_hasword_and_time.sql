SELECT "ivoa"."obscore"."obs_id" AS "obs_id", to_char((TIMESTAMP '1858-11-17 00:00:00' + "ivoa"."obscore"."t_min" * INTERVAL '1 day'), 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "start", CAST(EXTRACT(EPOCH FROM "ivoa"."obscore"."obs_release_date" - TIMESTAMP '1858-11-17 00:00:00') / 86400 AS double precision) AS "released" FROM "ivoa"."obscore" WHERE to_tsvector('simple', "ivoa"."obscore"."obs_title") @@ plainto_tsquery('simple', 'deep coadd')
-- obs_id: char[*] ucd=meta.id
-- start: char[*] xtype=timestamp encoding=IsoTimestamp
-- released: double unit=d
