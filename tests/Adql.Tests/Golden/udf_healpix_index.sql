SELECT healpix_nest(10, spoint(radians("ivoa"."obscore"."s_ra"), radians("ivoa"."obscore"."s_dec"))) AS "hpx" FROM "ivoa"."obscore"
-- hpx: long
