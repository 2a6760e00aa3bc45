SELECT random() AS "rand", (SELECT random() FROM (SELECT setseed(sin(42))) AS seeded) AS "rand_2" FROM "ivoa"."obscore"
-- rand: double
-- rand_2: double
