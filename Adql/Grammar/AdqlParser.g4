// Syntax of ADQL 2.1 (IVOA Recommendation; ADQL 2.0 queries are a subset).
// Where the Recommendation's BNF has a rule, ours has its name in camelCase (<query_specification>
// becomes querySpecification); rules are grouped in the order of its sections: query structure,
// clauses, search conditions, value expressions, functions, geometry, literals and names.
//
// Deliberate differences from the BNF, each because a parser cannot decide it without types:
// - Value expressions are untyped: numeric, string and geometry expressions share one rule
//   and the binder checks the types (e.g. that || is not applied to a POINT).
// - Geometry constructors take plain argument lists: whether a leading argument is the ADQL 2.0
//   coordinate system, and whether vertices are points or coordinate pairs, is settled after
//   parsing (see geometryFunction).
parser grammar AdqlParser;

options {
    tokenVocab = AdqlLexer;
}

// ---- query expressions --------------------------------------------------------------

// The whole input: one query, WITH only at the top (ADQL 2.1 allows no CTE in subqueries).
query
    : withClause? queryExpression EOF
    ;

withClause
    : WITH withQuery (COMMA withQuery)*
    ;

withQuery
    : queryName (LEFT_PAREN columnNameList RIGHT_PAREN)? AS LEFT_PAREN queryExpression RIGHT_PAREN
    ;

// ORDER BY and OFFSET after a set operation sort and cut its whole result (4.6.4).
queryExpression
    : queryExpressionBody orderByClause? offsetClause?
    ;

// INTERSECT binds tighter than UNION and EXCEPT, which are left-associative.
queryExpressionBody
    : queryTerm
    | queryExpressionBody (UNION | EXCEPT) ALL? queryTerm
    ;

queryTerm
    : queryPrimary
    | queryTerm INTERSECT ALL? queryPrimary
    ;

queryPrimary
    : querySpecification
    | LEFT_PAREN queryExpression RIGHT_PAREN
    ;

querySpecification
    : SELECT setQuantifier? setLimit? selectList fromClause whereClause? groupByClause? havingClause?
    ;

setQuantifier
    : DISTINCT
    | ALL
    ;

setLimit
    : TOP UNSIGNED_INTEGER
    ;

selectList
    : selectSublist (COMMA selectSublist)*
    ;

selectSublist
    : ASTERISK                                  # allColumns
    | qualifier PERIOD ASTERISK                 # qualifiedAllColumns
    | valueExpression asClause?                 # derivedColumn
    ;

asClause
    : AS? columnName
    ;

// ---- FROM clause and joins --------------------------------------------------------------

fromClause
    : FROM tableReference (COMMA tableReference)*
    ;

// A table followed by any number of joins, joined from left to right.
tableReference
    : tablePrimary joinPart*
    ;

tablePrimary
    : tableName correlationSpecification?                   # namedTable
    | subquery correlationSpecification                     # derivedTable
    | LEFT_PAREN tablePrimary joinPart+ RIGHT_PAREN         # parenthesizedJoin
    ;

correlationSpecification
    : AS? correlationName
    ;

// The BNF makes the join specification optional even for non-natural joins.
joinPart
    : CROSS JOIN tablePrimary                                   # crossJoin
    | NATURAL? joinType? JOIN tablePrimary joinSpecification?   # qualifiedJoin
    ;

joinType
    : INNER
    | (LEFT | RIGHT | FULL) OUTER?
    ;

joinSpecification
    : ON searchCondition                                    # joinCondition
    | USING LEFT_PAREN columnNameList RIGHT_PAREN           # namedColumnsJoin
    ;

columnNameList
    : columnName (COMMA columnName)*
    ;

// ---- WHERE, GROUP BY, HAVING, ORDER BY, OFFSET -----------------------------------

whereClause
    : WHERE searchCondition
    ;

groupByClause
    : GROUP BY valueExpression (COMMA valueExpression)*
    ;

havingClause
    : HAVING searchCondition
    ;

orderByClause
    : ORDER BY sortSpecification (COMMA sortSpecification)*
    ;

// A sort key is a select-list position, an output column name or any expression.
sortSpecification
    : valueExpression (ASC | DESC)?
    ;

offsetClause
    : OFFSET UNSIGNED_INTEGER
    ;

subquery
    : LEFT_PAREN queryExpression RIGHT_PAREN
    ;

// ---- search conditions: NOT binds tighter than AND, AND tighter than OR -----------------

searchCondition
    : NOT searchCondition                                   # notCondition
    | searchCondition AND searchCondition                   # andCondition
    | searchCondition OR searchCondition                    # orCondition
    | LEFT_PAREN searchCondition RIGHT_PAREN                # parenthesizedCondition
    | predicate                                             # predicateCondition
    ;

// The BNF's predicates all begin with a value; parsing that value once, before choosing the
// predicate, lets an error inside it be reported where it is.
predicate
    : valueExpression predicateTail                         # valuePredicate
    | EXISTS subquery                                       # existsPredicate
    ;

predicateTail
    : compOp valueExpression                                                    # comparisonPredicate
    | NOT? BETWEEN valueExpression AND valueExpression                         # betweenPredicate
    | NOT? (LIKE | ILIKE) valueExpression                                      # likePredicate
    | IS NOT? NULL                                                             # nullPredicate
    | NOT? IN subquery                                                         # inSubqueryPredicate
    | NOT? IN LEFT_PAREN valueExpression (COMMA valueExpression)* RIGHT_PAREN  # inListPredicate
    ;

compOp
    : EQUALS
    | NOT_EQUALS
    | LESS
    | GREATER
    | LESS_EQUAL
    | GREATER_EQUAL
    ;

// ---- value expressions, from the tightest-binding operator to the loosest --------------

valueExpression
    : valueExpressionPrimary                                            # primaryExpression
    | op = (PLUS | MINUS | TILDE) valueExpression                       # unaryExpression
    | valueExpression op = (ASTERISK | SOLIDUS) valueExpression         # multiplicativeExpression
    | valueExpression op = (PLUS | MINUS) valueExpression               # additiveExpression
    | valueExpression AMPERSAND valueExpression                         # bitwiseAndExpression
    | valueExpression CIRCUMFLEX valueExpression                        # bitwiseXorExpression
    | valueExpression VERTICAL_BAR valueExpression                      # bitwiseOrExpression
    | valueExpression CONCAT valueExpression                            # concatenationExpression
    ;

valueExpressionPrimary
    : unsignedLiteral                                       # literalPrimary
    | NULL                                                  # nullPrimary
    | columnReference                                       # columnPrimary
    | LEFT_PAREN valueExpression RIGHT_PAREN                # parenthesizedPrimary
    | subquery                                              # scalarSubqueryPrimary
    | setFunctionSpecification                              # aggregatePrimary
    | caseExpression                                        # casePrimary
    | castSpecification                                     # castPrimary
    | numericValueFunction                                  # numericFunctionPrimary
    | stringValueFunction                                   # stringFunctionPrimary
    | geometryFunction                                      # geometryPrimary
    | userDefinedFunction                                   # userFunctionPrimary
    ;

// ---- aggregates -------------------------------------------------------------------------

setFunctionSpecification
    : COUNT LEFT_PAREN ASTERISK RIGHT_PAREN                                          # countAll
    | setFunctionType LEFT_PAREN setQuantifier? valueExpression RIGHT_PAREN          # generalSetFunction
    ;

setFunctionType
    : AVG
    | MAX
    | MIN
    | SUM
    | COUNT
    ;

// ---- conditional and type functions -----------------------------------------------------

caseExpression
    : CASE valueExpression simpleWhenClause+ elseClause? END                 # simpleCase
    | CASE searchedWhenClause+ elseClause? END                               # searchedCase
    | COALESCE LEFT_PAREN valueExpression (COMMA valueExpression)* RIGHT_PAREN  # coalesceExpression
    | NULLIF LEFT_PAREN valueExpression COMMA valueExpression RIGHT_PAREN    # nullIfExpression
    ;

simpleWhenClause
    : WHEN valueExpression THEN valueExpression
    ;

searchedWhenClause
    : WHEN searchCondition THEN valueExpression
    ;

elseClause
    : ELSE valueExpression
    ;

castSpecification
    : CAST LEFT_PAREN valueExpression AS castTarget RIGHT_PAREN
    ;

castTarget
    : SMALLINT
    | INTEGER
    | BIGINT
    | REAL
    | DOUBLE PRECISION
    | CHAR (LEFT_PAREN length = UNSIGNED_INTEGER RIGHT_PAREN)?
    | VARCHAR (LEFT_PAREN length = UNSIGNED_INTEGER RIGHT_PAREN)?
    | TIMESTAMP
    | POINT
    | CIRCLE
    | POLYGON
    ;

// ---- mathematical and trigonometric functions -------------------------------------------

numericValueFunction
    : name = (ABS | CEILING | DEGREES | EXP | FLOOR | LOG | LOG10 | RADIANS | SQRT
             | ACOS | ASIN | ATAN | COS | COT | SIN | TAN)
      LEFT_PAREN valueExpression RIGHT_PAREN                                         # unaryMathFunction
    | name = (ATAN2 | MOD | POWER) LEFT_PAREN valueExpression COMMA valueExpression RIGHT_PAREN # binaryMathFunction
    | name = (ROUND | TRUNCATE) LEFT_PAREN valueExpression (COMMA valueExpression)? RIGHT_PAREN # roundingFunction
    | RAND LEFT_PAREN valueExpression? RIGHT_PAREN                                   # randFunction
    | PI LEFT_PAREN RIGHT_PAREN                                                      # piFunction
    | IN_UNIT LEFT_PAREN valueExpression COMMA characterStringLiteral RIGHT_PAREN    # inUnitFunction
    ;

// ---- string functions -------------------------------------------------------------------

stringValueFunction
    : name = (LOWER | UPPER) LEFT_PAREN valueExpression RIGHT_PAREN
    ;

// ---- 4.2 geometry -----------------------------------------------------------------------

// Constructors take their optional ADQL 2.0 coordinate system as a first argument; the
// AstBuilder tells it apart by the number of arguments (and, where a centre may be a point or
// two coordinates, by its being a string literal or NULL), so that the parser never has to look
// ahead over a whole argument list and can report a mistake where it is.
geometryFunction
    : POINT LEFT_PAREN valueExpression COMMA valueExpression (COMMA valueExpression)? RIGHT_PAREN  # pointFunction
    | CIRCLE LEFT_PAREN valueExpression COMMA valueExpression (COMMA valueExpression (COMMA valueExpression)?)? RIGHT_PAREN # circleFunction
    | BOX LEFT_PAREN valueExpression COMMA valueExpression COMMA valueExpression (COMMA valueExpression (COMMA valueExpression)?)? RIGHT_PAREN # boxFunction
    | POLYGON LEFT_PAREN valueExpression COMMA valueExpression COMMA valueExpression (COMMA valueExpression)* RIGHT_PAREN # polygonFunction
    | REGION LEFT_PAREN valueExpression RIGHT_PAREN                                                # regionFunction
    | name = (CONTAINS | INTERSECTS) LEFT_PAREN valueExpression COMMA valueExpression RIGHT_PAREN  # geometryPredicateFunction
    // Two points, or the four coordinates of two points (ADQL 2.1).
    | DISTANCE LEFT_PAREN valueExpression COMMA valueExpression (COMMA valueExpression COMMA valueExpression)? RIGHT_PAREN # distanceFunction
    | name = (AREA | CENTROID | COORD1 | COORD2 | COORDSYS) LEFT_PAREN valueExpression RIGHT_PAREN # unaryGeometryFunction
    ;

// ---- 4.3 user-defined functions ---------------------------------------------------------

userDefinedFunction
    : REGULAR_IDENTIFIER LEFT_PAREN (valueExpression (COMMA valueExpression)*)? RIGHT_PAREN
    ;

// ---- literals ---------------------------------------------------------------------------

unsignedLiteral
    : UNSIGNED_INTEGER
    | UNSIGNED_DECIMAL
    | HEX_LITERAL
    | characterStringLiteral
    ;

// Adjacent string literals separated by whitespace or comments are one literal.
characterStringLiteral
    : STRING_LITERAL+
    ;

// ---- names ------------------------------------------------------------------------------

// catalog.schema.table.column at most.
columnReference
    : (qualifier PERIOD)? columnName
    ;

qualifier
    : tableName
    ;

// catalog.schema.table at most.
tableName
    : (identifier PERIOD (identifier PERIOD)?)? identifier
    ;

queryName
    : identifier
    ;

correlationName
    : identifier
    ;

columnName
    : identifier
    ;

identifier
    : REGULAR_IDENTIFIER
    | DELIMITED_IDENTIFIER
    ;
