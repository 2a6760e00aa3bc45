// Tokens of ADQL 2.1 (IVOA Recommendation), section 2.1 "Characters, Keywords, Identifiers
// and Literals". Keywords are case-insensitive; every keyword the parser uses is a reserved
// word, so a column called e.g. "distance" must be written as a delimited identifier.
lexer grammar AdqlLexer;

options {
    caseInsensitive = true;
}

// ---- SQL reserved words used by the query syntax --------------------------------
ALL          : 'ALL';
AND          : 'AND';
AS           : 'AS';
ASC          : 'ASC';
AVG          : 'AVG';
BETWEEN      : 'BETWEEN';
BY           : 'BY';
CASE         : 'CASE';
CAST         : 'CAST';
CHAR         : 'CHAR';
COALESCE     : 'COALESCE';
COUNT        : 'COUNT';
CROSS        : 'CROSS';
DESC         : 'DESC';
DISTINCT     : 'DISTINCT';
DOUBLE       : 'DOUBLE';
ELSE         : 'ELSE';
END          : 'END';
EXCEPT       : 'EXCEPT';
EXISTS       : 'EXISTS';
FROM         : 'FROM';
FULL         : 'FULL';
GROUP        : 'GROUP';
HAVING       : 'HAVING';
IN           : 'IN';
INNER        : 'INNER';
INTEGER      : 'INTEGER';
INTERSECT    : 'INTERSECT';
IS           : 'IS';
JOIN         : 'JOIN';
LEFT         : 'LEFT';
LIKE         : 'LIKE';
LOWER        : 'LOWER';
MAX          : 'MAX';
MIN          : 'MIN';
NATURAL      : 'NATURAL';
NOT          : 'NOT';
NULL         : 'NULL';
NULLIF       : 'NULLIF';
OFFSET       : 'OFFSET';
ON           : 'ON';
OR           : 'OR';
ORDER        : 'ORDER';
OUTER        : 'OUTER';
PRECISION    : 'PRECISION';
REAL         : 'REAL';
RIGHT        : 'RIGHT';
SELECT       : 'SELECT';
SMALLINT     : 'SMALLINT';
SUM          : 'SUM';
THEN         : 'THEN';
TIMESTAMP    : 'TIMESTAMP';
UNION        : 'UNION';
UPPER        : 'UPPER';
USING        : 'USING';
VARCHAR      : 'VARCHAR';
WHEN         : 'WHEN';
WHERE        : 'WHERE';
WITH         : 'WITH';

// ---- ADQL reserved words ---------------------------------------------------------
ABS          : 'ABS';
ACOS         : 'ACOS';
AREA         : 'AREA';
ASIN         : 'ASIN';
ATAN         : 'ATAN';
ATAN2        : 'ATAN2';
BIGINT       : 'BIGINT';
BOX          : 'BOX';
CEILING      : 'CEILING';
CENTROID     : 'CENTROID';
CIRCLE       : 'CIRCLE';
CONTAINS     : 'CONTAINS';
COORD1       : 'COORD1';
COORD2       : 'COORD2';
COORDSYS     : 'COORDSYS';
COS          : 'COS';
COT          : 'COT';
DEGREES      : 'DEGREES';
DISTANCE     : 'DISTANCE';
EXP          : 'EXP';
FLOOR        : 'FLOOR';
ILIKE        : 'ILIKE';
INTERSECTS   : 'INTERSECTS';
IN_UNIT      : 'IN_UNIT';
LOG          : 'LOG';
LOG10        : 'LOG10';
MOD          : 'MOD';
PI           : 'PI';
POINT        : 'POINT';
POLYGON      : 'POLYGON';
POWER        : 'POWER';
RADIANS      : 'RADIANS';
RAND         : 'RAND';
REGION       : 'REGION';
ROUND        : 'ROUND';
SIN          : 'SIN';
SQRT         : 'SQRT';
TAN          : 'TAN';
TOP          : 'TOP';
TRUNCATE     : 'TRUNCATE';

// ---- special characters and operators --------------------------------------------
CONCAT       : '||';
EQUALS       : '=';
NOT_EQUALS   : '<>' | '!=';
LESS_EQUAL   : '<=';
GREATER_EQUAL: '>=';
LESS         : '<';
GREATER      : '>';
PLUS         : '+';
MINUS        : '-';
ASTERISK     : '*';
SOLIDUS      : '/';
AMPERSAND    : '&';
VERTICAL_BAR : '|';
CIRCUMFLEX   : '^';
TILDE        : '~';
LEFT_PAREN   : '(';
RIGHT_PAREN  : ')';
COMMA        : ',';
PERIOD       : '.';

// ---- literals --------------------------------------------------------------------
HEX_LITERAL          : '0x' HEX_DIGIT+;
UNSIGNED_INTEGER     : DIGIT+;
UNSIGNED_DECIMAL     : DIGIT+ '.' DIGIT* EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT;
// Two quotes inside a string stand for one quote.
STRING_LITERAL       : '\'' ( ~'\'' | '\'\'' )* '\'';

// ---- identifiers -----------------------------------------------------------------
REGULAR_IDENTIFIER   : LETTER ( LETTER | DIGIT | '_' )*;
// Two double quotes inside a delimited identifier stand for one double quote.
DELIMITED_IDENTIFIER : '"' ( ~'"' | '""' )+ '"';

// ---- separators: whitespace and comments ------------------------------------------------
COMMENT              : '--' ~[\r\n]* -> channel(HIDDEN);
WHITESPACE           : [ \t\r\n\f]+ -> channel(HIDDEN);

// ---- text that is not ADQL: kept out of the parser's way and reported once each ----------
// A quote without its closing partner runs to the end of the query.
UNTERMINATED_STRING               : '\'' ( ~'\'' | '\'\'' )* -> channel(HIDDEN);
UNTERMINATED_DELIMITED_IDENTIFIER : '"' ( ~'"' | '""' )* -> channel(HIDDEN);
INVALID_CHARACTER                 : . -> channel(HIDDEN);

fragment LETTER      : [a-z];
fragment DIGIT       : [0-9];
fragment HEX_DIGIT   : [0-9a-f];
fragment EXPONENT    : 'E' [+-]? DIGIT+;
