SELECT "odd"."names"."Mixed" AS "Mixed", "odd"."names"."mixed" AS "mixed_2", "odd"."names"."select" AS "select", "odd"."names"."order" AS "order", "odd"."names"."with ""quote""" AS "with ""quote""" FROM "odd"."names"
-- Mixed: double unit=m
-- mixed_2: double unit=s
-- select: int
-- order: char[*]
-- with "quote": char[*]
