SELECT to_char("ivoa"."obscore"."obs_release_date", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "obs_release_date", "ivoa"."obscore"."obs_id" AS "obs_id" FROM "ivoa"."obscore" WHERE "ivoa"."obscore"."obs_release_date" < '2025-01-01T00:00:00'
-- obs_release_date: char[*] xtype=timestamp ucd=time.release encoding=IsoTimestamp
-- obs_id: char[*] ucd=meta.id
