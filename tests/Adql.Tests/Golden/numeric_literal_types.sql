SELECT 2147483647 AS "int_max", 2147483648 AS "long_min", 9223372036854775808 AS "beyond_long", 1.5 AS "exact_decimal" FROM "ivoa"."obscore"
-- int_max: int
-- long_min: long
-- beyond_long: double
-- exact_decimal: double
