/*
 * The tokens that PostgreSQL's SQL and PL/pgSQL share (PostgreSQL's scan.l; PL/pgSQL reuses the
 * core scanner): punctuation, operators, numbers, identifiers, every string form, dollar quoting,
 * nested block comments. Imported by PostgreSqlLexer and PlPgSqlLexer after their keywords, so
 * that a keyword wins over IDENTIFIER on a tie.
 *
 * Token offsets are UTF-16 code units of the text handed in; the analyzer feeds text through a
 * UTF-16 char stream so that offsets map one to one onto the file on disk.
 */
lexer grammar SqlTokens;

options {
    caseInsensitive = true;
}

// Token types that actions of PostgreSqlLexerBase assign; no rule matches them directly.
tokens {
    PLUS, MINUS, STAR, SLASH, PERCENT, CARET, LESS, GREATER, EQUALS,
    LESS_EQUALS, GREATER_EQUALS, NOT_EQUALS, EQUALS_GREATER,
    UNTERMINATED_DOLLAR_STRING_LITERAL, UNTERMINATED_BLOCK_COMMENT
}

// Punctuation and the operators that PostgreSQL's grammar names on their own.
OPEN_PAREN : '(' ;
CLOSE_PAREN : ')' ;
OPEN_BRACKET : '[' ;
CLOSE_BRACKET : ']' ;
COMMA : ',' ;
SEMI : ';' ;
TYPECAST : '::' ;
COLON_EQUALS : ':=' ;
COLON : ':' ;
DOT_DOT : '..' ;
DOT : '.' ;

// Comments come before operators: on a tie in length the first rule wins.
// Comments and white space never reach the parser: skipping them keeps the token stream short.
LINE_COMMENT : '--' ~[\r\n]* -> skip ;
// Block comments nest (scan.l xc); the action consumes the body up to the matching '*/'.
BLOCK_COMMENT : '/*' { consumeBlockComment(); } ;

// Every run of operator characters; the action splits it the way scan.l does and gives
// single-character and comparison operators their own token types.
OPERATOR_SYMBOL : OPERATOR_CHAR+ { fixOperator(); } ;

PARAM : '$' DIGIT+ ;

// Numbers: decimal with optional underscores (PostgreSQL 16+), hexadecimal, octal, binary.
INTEGER_LITERAL
    : DECIMAL_DIGITS
    | '0x' '_'? HEX_DIGIT+ ('_' HEX_DIGIT+)*
    | '0o' '_'? [0-7]+ ('_' [0-7]+)*
    | '0b' '_'? [01]+ ('_' [01]+)*
    ;
// '1..10' (a PL/pgSQL range) is the integer 1 followed by '..': this rule is longer than
// NUMERIC_LITERAL's '1.' and its action gives the dots back.
INTEGER_BEFORE_DOT_DOT : DECIMAL_DIGITS '..' { giveBackDotDot(); } ;
NUMERIC_LITERAL
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? EXPONENT?
    | '.' DECIMAL_DIGITS EXPONENT?
    | DECIMAL_DIGITS EXPONENT
    ;
// PostgreSQL 15+ rejects a number run into a word ('123abc', '0x', '100_', '1_000._5', '0.0e'):
// scan.l's junk rules. Longer than the valid prefix, this token wins and the parser reports it; a
// valid literal of the same length wins the tie, being defined first.
NUMBER_JUNK
    : (DECIMAL_DIGITS ('.' DECIMAL_DIGITS?)? | '.' DECIMAL_DIGITS) ([e] [+-]? DECIMAL_DIGITS?)? [a-z_\u0080-\uFFFF] IDENT_CONT*
    | '0' [xob] IDENT_CONT*
    ;

// Identifiers.
IDENTIFIER : IDENT_START IDENT_CONT* ;
QUOTED_IDENTIFIER : '"' ('""' | ~'"')+ '"' ;
UNICODE_QUOTED_IDENTIFIER : 'u&"' ('""' | ~'"')+ '"' ;

// Strings. A literal continued by another after white space with a newline is one constant
// (scan.l): the action consumes the continuing segments into the same token.
STRING_LITERAL : '\'' ('\'\'' | ~'\'')* '\'' { continueString(false); } ;
ESCAPE_STRING_LITERAL : 'e\'' ('\\' . | '\'\'' | ~['\\])* '\'' { continueString(true); } ;
NATIONAL_STRING_LITERAL : 'n\'' ('\'\'' | ~'\'')* '\'' { continueString(false); } ;
BIT_STRING_LITERAL : 'b\'' [01 \t\r\n]* '\'' { continueDigitString(false); } ;
HEX_STRING_LITERAL : 'x\'' [0-9a-f \t\r\n]* '\'' { continueDigitString(true); } ;
UNICODE_STRING_LITERAL : 'u&\'' ('\'\'' | ~'\'')* '\'' { continueString(false); } ;
DOLLAR_STRING_LITERAL : '$' DOLLAR_TAG? '$' { consumeDollarQuotedBody(); } ;

// Unterminated forms reach the parser as tokens of their own so that the error can say what
// is missing instead of pointing at a lone quote.
// Only escape strings know backslash escapes: in '...' a backslash is an ordinary character.
UNTERMINATED_STRING_LITERAL : ([nbx] | 'u&')? '\'' ('\'\'' | ~'\'')* EOF ;
UNTERMINATED_ESCAPE_STRING_LITERAL : 'e\'' ('\\' . | '\'\'' | ~['\\])* EOF ;
UNTERMINATED_QUOTED_IDENTIFIER : 'u&'? '"' ('""' | ~'"')* EOF ;

SPACE : [ \t\r\n\f\u000B]+ -> skip ;

// Anything else is one token, so that the parser reports it at its exact place.
UNEXPECTED_CHARACTER : . ;

fragment OPERATOR_CHAR : [~!@#^&|`?+\-*/%<>=] ;
fragment DIGIT : [0-9] ;
fragment HEX_DIGIT : [0-9a-f] ;
fragment DECIMAL_DIGITS : DIGIT+ ('_' DIGIT+)* ;
fragment EXPONENT : 'e' [+-]? DECIMAL_DIGITS ;
fragment IDENT_START : [a-z_\u0080-\uFFFF] ;
fragment IDENT_CONT : [a-z_0-9$\u0080-\uFFFF] ;
fragment DOLLAR_TAG : [a-z_\u0080-\uFFFF] [a-z_0-9\u0080-\uFFFF]* ;
