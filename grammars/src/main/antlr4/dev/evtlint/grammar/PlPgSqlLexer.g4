/*
 * PL/pgSQL lexer for evtlint: PL/pgSQL's keywords (pl_reserved_kwlist.h, pl_unreserved_kwlist.h)
 * on top of the tokens shared with SQL, as PL/pgSQL reuses PostgreSQL's core scanner. SQL
 * keywords are plain identifiers here: embedded SQL and expressions are read as token runs by
 * PlPgSqlParser and parsed again with the SQL grammar.
 */
lexer grammar PlPgSqlLexer;

options {
    superClass = PostgreSqlLexerBase;
    caseInsensitive = true;
}

import SqlTokens;

// A semicolon inside the SQL-standard body of a routine that an SQL statement creates: it does not
// end the statement (pl_gram.y make_execsql_stmt). No rule matches it; RoutineBodySemicolons gives it.
tokens {
    INNER_SEMI
}

// ---- generated keywords (grammars/tools/keywords.sh pl-lexer < pl_*_kwlist.h) ----
ALL : 'all' ;
BEGIN : 'begin' ;
BY : 'by' ;
CASE : 'case' ;
DECLARE : 'declare' ;
ELSE : 'else' ;
END : 'end' ;
EXECUTE : 'execute' ;
FOR : 'for' ;
FOREACH : 'foreach' ;
FROM : 'from' ;
IF : 'if' ;
IN : 'in' ;
INTO : 'into' ;
LOOP : 'loop' ;
NOT : 'not' ;
NULL : 'null' ;
OR : 'or' ;
STRICT : 'strict' ;
THEN : 'then' ;
TO : 'to' ;
USING : 'using' ;
WHEN : 'when' ;
WHILE : 'while' ;
ABSOLUTE : 'absolute' ;
ALIAS : 'alias' ;
AND : 'and' ;
ARRAY : 'array' ;
ASSERT : 'assert' ;
BACKWARD : 'backward' ;
CALL : 'call' ;
CHAIN : 'chain' ;
CLOSE : 'close' ;
COLLATE : 'collate' ;
COLUMN : 'column' ;
COLUMN_NAME : 'column_name' ;
COMMIT : 'commit' ;
CONSTANT : 'constant' ;
CONSTRAINT : 'constraint' ;
CONSTRAINT_NAME : 'constraint_name' ;
CONTINUE : 'continue' ;
CURRENT : 'current' ;
CURSOR : 'cursor' ;
DATATYPE : 'datatype' ;
DEBUG : 'debug' ;
DEFAULT : 'default' ;
DETAIL : 'detail' ;
DIAGNOSTICS : 'diagnostics' ;
DO : 'do' ;
DUMP : 'dump' ;
ELSEIF : 'elseif' ;
ELSIF : 'elsif' ;
ERRCODE : 'errcode' ;
ERROR : 'error' ;
EXCEPTION : 'exception' ;
EXIT : 'exit' ;
FETCH : 'fetch' ;
FIRST : 'first' ;
FORWARD : 'forward' ;
GET : 'get' ;
HINT : 'hint' ;
IMPORT : 'import' ;
INFO : 'info' ;
INSERT : 'insert' ;
IS : 'is' ;
LAST : 'last' ;
LOG : 'log' ;
MERGE : 'merge' ;
MESSAGE : 'message' ;
MESSAGE_TEXT : 'message_text' ;
MOVE : 'move' ;
NEXT : 'next' ;
NO : 'no' ;
NOTICE : 'notice' ;
OPEN : 'open' ;
OPTION : 'option' ;
PERFORM : 'perform' ;
PG_CONTEXT : 'pg_context' ;
PG_DATATYPE_NAME : 'pg_datatype_name' ;
PG_EXCEPTION_CONTEXT : 'pg_exception_context' ;
PG_EXCEPTION_DETAIL : 'pg_exception_detail' ;
PG_EXCEPTION_HINT : 'pg_exception_hint' ;
PG_ROUTINE_OID : 'pg_routine_oid' ;
PRINT_STRICT_PARAMS : 'print_strict_params' ;
PRIOR : 'prior' ;
QUERY : 'query' ;
RAISE : 'raise' ;
RELATIVE : 'relative' ;
RETURN : 'return' ;
RETURNED_SQLSTATE : 'returned_sqlstate' ;
REVERSE : 'reverse' ;
ROLLBACK : 'rollback' ;
ROW_COUNT : 'row_count' ;
ROWTYPE : 'rowtype' ;
SCHEMA : 'schema' ;
SCHEMA_NAME : 'schema_name' ;
SCROLL : 'scroll' ;
SLICE : 'slice' ;
SQLSTATE : 'sqlstate' ;
STACKED : 'stacked' ;
TABLE : 'table' ;
TABLE_NAME : 'table_name' ;
TYPE : 'type' ;
USE_COLUMN : 'use_column' ;
USE_VARIABLE : 'use_variable' ;
VARIABLE_CONFLICT : 'variable_conflict' ;
WARNING : 'warning' ;
// ---- end of generated keywords ----
