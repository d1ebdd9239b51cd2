/*
 * PL/pgSQL parser for evtlint, after PostgreSQL's pl_gram.y.
 *
 * Like PostgreSQL, it recognises the procedural statements and reads everything else, expressions
 * and SQL statements, as runs of tokens up to the token that ends them (THEN, LOOP, ';'...) at
 * parenthesis depth 0. The AST builder parses those runs with the SQL grammar, keeping their
 * positions.
 */
parser grammar PlPgSqlParser;

options {
    tokenVocab = PlPgSqlLexer;
}

functionBody
    : compilerOption* block SEMI? EOF
    ;

// #variable_conflict error, #print_strict_params on, #option dump: pl_gram.y's comp_option, a
// keyword and a word after the '#', so that the label of the outermost block, <<name>>, is not taken for one.
compilerOption
    : OPERATOR_SYMBOL (OPTION | PRINT_STRICT_PARAMS | VARIABLE_CONFLICT) plIdentifier
    ;

block
    : blockLabel? (DECLARE declaration*)? BEGIN statement* exceptionSection? END plIdentifier?
    ;

blockLabel
    : OPERATOR_SYMBOL plIdentifier OPERATOR_SYMBOL
    ;

declaration
    : plIdentifier ALIAS FOR (plIdentifier | PARAM) SEMI                                     # aliasDeclaration
    | plIdentifier (NO? SCROLL)? CURSOR cursorParameters? (FOR | IS) tokensUntilSemi SEMI    # cursorDeclaration
    | plIdentifier CONSTANT? dataType (COLLATE anyWord)? (NOT NULL)?
          ((DEFAULT | COLON_EQUALS | EQUALS) tokensUntilSemi)? SEMI                          # variableDeclaration
    | DECLARE                                                                                 # repeatedDeclare
    | blockLabel                                                                              # labelInDeclarations
    ;

cursorParameters
    : OPEN_PAREN plIdentifier dataTypeInList (COMMA plIdentifier dataTypeInList)* CLOSE_PAREN
    ;

dataType
    : (balanced | ~(SEMI | COLLATE | NOT | DEFAULT | COLON_EQUALS | EQUALS | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+
    ;

dataTypeInList
    : (balanced | ~(COMMA | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+
    ;

exceptionSection
    : EXCEPTION exceptionHandler+
    ;

exceptionHandler
    : WHEN exceptionCondition (OR exceptionCondition)* THEN statement*
    ;

exceptionCondition
    : SQLSTATE stringLiteral
    | plIdentifier
    ;

statement
    : block SEMI                                                                # blockStatement
    | assignTarget (COLON_EQUALS | EQUALS) tokensUntilSemi SEMI                  # assignStatement
    | IF tokensUntilThen THEN statement* elsifClause* elseClause? END IF SEMI     # ifStatement
    | CASE tokensUntilWhen? caseWhenClause+ elseClause? END CASE SEMI            # caseStatement
    | blockLabel? LOOP loopBody                                                  # loopStatement
    | blockLabel? WHILE tokensUntilLoop LOOP loopBody                            # whileStatement
    | blockLabel? FOR forTarget IN tokensUntilLoop LOOP loopBody                 # forStatement
    | blockLabel? FOREACH forTarget (SLICE INTEGER_LITERAL)? IN ARRAY tokensUntilLoop LOOP loopBody # foreachStatement
    | (EXIT | CONTINUE) plIdentifier? (WHEN tokensUntilSemi)? SEMI              # exitStatement
    | RETURN (NEXT | QUERY)? tokensUntilSemi? SEMI                               # returnStatement
    | RAISE raiseLevel? raiseCondition? raiseUsing? SEMI                         # raiseStatement
    | ASSERT tokensUntilCommaOrSemi (COMMA tokensUntilSemi)? SEMI                 # assertStatement
    | PERFORM tokensUntilSemi SEMI                                               # performStatement
    | EXECUTE tokensUntilIntoUsingOrSemi executeOption* SEMI                     # executeStatement
    | GET (CURRENT | STACKED)? DIAGNOSTICS diagnosticsItem (COMMA diagnosticsItem)* SEMI # getDiagnosticsStatement
    | (OPEN | FETCH | MOVE | CLOSE) tokensUntilSemi SEMI                         # cursorStatement
    | NULL SEMI                                                                  # nullStatement
    | (COMMIT | ROLLBACK) (AND NO? CHAIN)? SEMI                                  # transactionStatement
    | sqlStart tokensUntilSemi? SEMI                                             # sqlStatement
    ;

loopBody
    : statement* END LOOP plIdentifier? SEMI
    ;

elsifClause
    : (ELSIF | ELSEIF) tokensUntilThen THEN statement*
    ;

elseClause
    : ELSE statement*
    ;

caseWhenClause
    : WHEN tokensUntilThen THEN statement*
    ;

// x, r.f, a[1].f, $1 (pl_gram.y assign_var: a variable or parameter, then fields and subscripts)
assignTarget
    : (plIdentifier | PARAM) (DOT plIdentifier | OPEN_BRACKET tokensUntilBracket CLOSE_BRACKET)*
    ;

// The targets of FOR, FOREACH and EXECUTE ... INTO: a list of variables (pl_gram.y for_variable and
// read_into_target take a T_DATUM, without subscripts).
forTarget
    : variableName (COMMA variableName)*
    ;

// x, r.f, $1, $1.f: a variable or parameter and its fields. PostgreSQL's PL/pgSQL scanner reads a
// positional parameter like a word (pl_scanner.c plpgsql_yylex), so $1.f names a field of $1.
variableName
    : (plIdentifier | PARAM) (DOT plIdentifier)*
    ;

raiseLevel
    : DEBUG | LOG | INFO | NOTICE | WARNING | EXCEPTION
    ;

raiseCondition
    : stringLiteral (COMMA tokensUntilCommaUsingOrSemi)*    # raiseFormat
    | SQLSTATE stringLiteral                               # raiseSqlState
    | plIdentifier                                         # raiseConditionName
    ;

raiseUsing
    : USING raiseOption (COMMA raiseOption)*
    ;

raiseOption
    : plIdentifier (EQUALS | COLON_EQUALS) tokensUntilCommaOrSemi
    ;

executeOption
    : INTO STRICT? forTarget
    | USING tokensUntilCommaIntoOrSemi (COMMA tokensUntilCommaIntoOrSemi)*
    ;

diagnosticsItem
    : assignTarget (EQUALS | COLON_EQUALS) plIdentifier
    ;

// The first token of an SQL statement: anything that does not start a PL/pgSQL statement.
sqlStart
    : ~(IF | CASE | LOOP | WHILE | FOR | FOREACH | EXIT | CONTINUE | RETURN | RAISE | ASSERT
      | PERFORM | EXECUTE | GET | OPEN | FETCH | MOVE | CLOSE | NULL | COMMIT | ROLLBACK
      | BEGIN | DECLARE | END | ELSE | ELSIF | ELSEIF | WHEN | EXCEPTION | SEMI
      | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET | OPERATOR_SYMBOL)
    | OPEN_PAREN balancedContent* CLOSE_PAREN
    ;

// Token runs, balanced in parentheses and brackets, up to the token that ends them.
tokensUntilSemi : (balanced | ~(SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilThen : (balanced | ~(THEN | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilWhen : (balanced | ~(WHEN | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilLoop : (balanced | ~(LOOP | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilBracket : (balanced | ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilCommaOrSemi : (balanced | ~(COMMA | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilCommaUsingOrSemi : (balanced | ~(COMMA | USING | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilCommaIntoOrSemi : (balanced | ~(COMMA | INTO | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;
tokensUntilIntoUsingOrSemi : (balanced | ~(INTO | USING | SEMI | OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET))+ ;

balanced
    : OPEN_PAREN balancedContent* CLOSE_PAREN
    | OPEN_BRACKET balancedContent* CLOSE_BRACKET
    ;

balancedContent
    : balanced
    | ~(OPEN_PAREN | CLOSE_PAREN | OPEN_BRACKET | CLOSE_BRACKET)
    ;

stringLiteral
    : STRING_LITERAL | ESCAPE_STRING_LITERAL | DOLLAR_STRING_LITERAL | UNICODE_STRING_LITERAL
    ;

plIdentifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | UNICODE_QUOTED_IDENTIFIER
    | unreservedPlKeyword
    ;

anyWord
    : plIdentifier
    | ~(SEMI | OPEN_PAREN | CLOSE_PAREN)
    ;

// ---- generated keywords (grammars/tools/keywords.sh pl-parser < pl_*_kwlist.h) ----
unreservedPlKeyword
    : ABSOLUTE
    | ALIAS
    | AND
    | ARRAY
    | ASSERT
    | BACKWARD
    | CALL
    | CHAIN
    | CLOSE
    | COLLATE
    | COLUMN
    | COLUMN_NAME
    | COMMIT
    | CONSTANT
    | CONSTRAINT
    | CONSTRAINT_NAME
    | CONTINUE
    | CURRENT
    | CURSOR
    | DATATYPE
    | DEBUG
    | DEFAULT
    | DETAIL
    | DIAGNOSTICS
    | DO
    | DUMP
    | ELSEIF
    | ELSIF
    | ERRCODE
    | ERROR
    | EXCEPTION
    | EXIT
    | FETCH
    | FIRST
    | FORWARD
    | GET
    | HINT
    | IMPORT
    | INFO
    | INSERT
    | IS
    | LAST
    | LOG
    | MERGE
    | MESSAGE
    | MESSAGE_TEXT
    | MOVE
    | NEXT
    | NO
    | NOTICE
    | OPEN
    | OPTION
    | PERFORM
    | PG_CONTEXT
    | PG_DATATYPE_NAME
    | PG_EXCEPTION_CONTEXT
    | PG_EXCEPTION_DETAIL
    | PG_EXCEPTION_HINT
    | PG_ROUTINE_OID
    | PRINT_STRICT_PARAMS
    | PRIOR
    | QUERY
    | RAISE
    | RELATIVE
    | RETURN
    | RETURNED_SQLSTATE
    | REVERSE
    | ROLLBACK
    | ROW_COUNT
    | ROWTYPE
    | SCHEMA
    | SCHEMA_NAME
    | SCROLL
    | SLICE
    | SQLSTATE
    | STACKED
    | TABLE
    | TABLE_NAME
    | TYPE
    | USE_COLUMN
    | USE_VARIABLE
    | VARIABLE_CONFLICT
    | WARNING
    ;
// ---- end of generated keywords ----
