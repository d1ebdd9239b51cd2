/*
 * Queries and data changes for PostgreSqlParser (imported): SELECT, INSERT, UPDATE, DELETE, MERGE,
 * EXPLAIN, and the expressions and types they are made of (gram.y SelectStmt, InsertStmt, MergeStmt,
 * ExplainStmt, a_expr, Typename...).
 */
parser grammar SqlQueries;

queryStatement
    : preparableStatement
    | explainStatement
    ;

// ---------------------------------------------------------------- EXPLAIN
// gram.y ExplainStmt. Of the other explainable statements only CREATE TABLE AS is known to this
// grammar yet (DECLARE CURSOR, CREATE MATERIALIZED VIEW, REFRESH and EXECUTE are not).
explainStatement
    : EXPLAIN (OPEN_PAREN explainOption (COMMA explainOption)* CLOSE_PAREN | analyzeKeyword VERBOSE? | VERBOSE)?
      explainableStatement
    ;

explainableStatement
    : preparableStatement
    | declareCursorStatement
    | createTableStatement
    | createMaterializedViewStatement
    | refreshMaterializedViewStatement
    | executeStatement
    ;

// gram.y utility_option_elem: a name, optionally with a boolean, word, string or number.
explainOption
    : (nonReservedWord | analyzeKeyword) (TRUE | FALSE | ON | nonReservedWordOrString | signedNumber)?
    ;

// ---------------------------------------------------------------- SELECT
selectStatement
    : withClause? selectQuery
    ;

// A SELECT after its WITH clause. Row locking may come before or after LIMIT (gram.y
// select_no_parens).
selectQuery
    : selectBody orderByClause? (limitClauses lockingClauses? | lockingClauses limitClauses?)?
    ;

selectBody
    : selectPrimary                                                         # primarySelect
    | selectBody INTERSECT (ALL | DISTINCT)? selectBody                      # intersectSelect
    | selectBody (UNION | EXCEPT) (ALL | DISTINCT)? selectBody               # unionSelect
    ;

selectPrimary
    : SELECT (ALL? targetList? | DISTINCT (ON OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)? targetList)
      intoClause? fromClause? whereClause?
      groupByClause? havingClause? windowClause?                            # simpleSelect
    | VALUES OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
      (COMMA OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)*                   # valuesSelect
    | TABLE ONLY? qualifiedName STAR?                                       # tableSelect
    | OPEN_PAREN selectStatement CLOSE_PAREN                                # parenthesizedSelect
    ;

withClause
    : WITH RECURSIVE? commonTableExpression (COMMA commonTableExpression)*
    ;

commonTableExpression
    : colId (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)? AS (NOT? MATERIALIZED)?
      OPEN_PAREN preparableStatement CLOSE_PAREN searchClause? cycleClause?
    ;

// gram.y PreparableStmt. The WITH clause is read before the choice of statement, not inside each
// of them: prediction would otherwise read the whole WITH clause, token by token, to find the
// keyword that chooses (a DFA state for each different WITH clause, half of all the DFA states
// the regression scripts make).
preparableStatement
    : withClause? (selectQuery | insertStatement | updateStatement | deleteStatement | mergeStatement)
    ;

searchClause
    : SEARCH (DEPTH | BREADTH) FIRST BY colId (COMMA colId)* SET colId
    ;

cycleClause
    : CYCLE colId (COMMA colId)* SET colId (TO constant DEFAULT constant)? USING colId
    ;

targetList
    : targetElement (COMMA targetElement)*
    ;

// Left-factored, so the label is chosen after the expression, not predicted over all of it. Where a
// word may end the expression or label it (SELECT interval '1' day, x IS JSON VALUE WITH UNIQUE
// KEYS), it ends the expression, as in gram.y.
targetElement
    : aExpr (AS colLabel | bareColLabel)?    # expressionTarget
    | STAR                                   # starTarget
    ;

intoClause
    : INTO tableScope? UNLOGGED? TABLE? qualifiedName
    ;

fromClause
    : FROM tableRef (COMMA tableRef)*
    ;

tableRef
    : tablePrimary                                                          # primaryTableRef
    | tableRef CROSS JOIN tableRef                                          # crossJoin
    | tableRef NATURAL joinType? JOIN tableRef                              # naturalJoin
    | tableRef joinType? JOIN tableRef joinQualifier                        # qualifiedJoin
    ;

tablePrimary
    : ONLY? qualifiedName STAR? aliasClause? tableSample?                   # relationTable
    | ONLY OPEN_PAREN qualifiedName CLOSE_PAREN aliasClause?                # onlyRelationTable
    | LATERAL? functionTable functionAliasClause?                           # functionTableRef
    | LATERAL? ROWS FROM OPEN_PAREN rowsFromItem (COMMA rowsFromItem)* CLOSE_PAREN
      (WITH ORDINALITY)? functionAliasClause?                               # rowsFromTable
    | LATERAL? xmlTable aliasClause?                                        # xmlTableRef
    | LATERAL? jsonTable aliasClause?                                       # jsonTableRef
    | LATERAL? OPEN_PAREN selectStatement CLOSE_PAREN aliasClause?          # subqueryTable
    | OPEN_PAREN tableRef CLOSE_PAREN aliasClause?                          # parenthesizedTableRef
    ;

functionTable
    : windowlessFunctionCall (WITH ORDINALITY)?
    ;

rowsFromItem
    : windowlessFunctionCall (AS OPEN_PAREN functionColumnDefinition (COMMA functionColumnDefinition)* CLOSE_PAREN)?
    ;

tableSample
    : TABLESAMPLE functionName OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN (REPEATABLE OPEN_PAREN aExpr CLOSE_PAREN)?
    ;

aliasClause
    : AS? colId (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
    ;

// gram.y relation_expr_opt_alias: the table an UPDATE, DELETE or MERGE changes takes no column aliases.
targetAlias
    : AS? colId
    ;

functionAliasClause
    : aliasClause
    | AS? colId? OPEN_PAREN functionColumnDefinition (COMMA functionColumnDefinition)* CLOSE_PAREN
    ;

// gram.y TableFuncElement: a column of a record-returning function, named in its alias or ROWS FROM item.
functionColumnDefinition
    : colId typeName (COLLATE anyName)?
    ;

joinType
    : FULL OUTER? | LEFT OUTER? | RIGHT OUTER? | INNER
    ;

joinQualifier
    : USING OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN (AS colId)?
    | ON aExpr
    ;

whereClause
    : WHERE aExpr
    ;

whereOrCurrentClause
    : WHERE CURRENT OF colId
    | WHERE aExpr
    ;

groupByClause
    : GROUP BY (ALL | DISTINCT)? groupByItem (COMMA groupByItem)*
    ;

groupByItem
    : OPEN_PAREN CLOSE_PAREN
    | (CUBE | ROLLUP) OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | GROUPING SETS OPEN_PAREN groupByItem (COMMA groupByItem)* CLOSE_PAREN
    | aExpr
    ;

havingClause
    : HAVING aExpr
    ;

windowClause
    : WINDOW colId AS windowSpecification (COMMA colId AS windowSpecification)*
    ;

windowSpecification
    : OPEN_PAREN colId? (PARTITION BY aExpr (COMMA aExpr)*)? orderByClause? frameClause? CLOSE_PAREN
    ;

frameClause
    : (RANGE | ROWS | GROUPS) (frameBound | BETWEEN frameBound AND frameBound)
      (EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS))?
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | aExpr (PRECEDING | FOLLOWING)
    ;

orderByClause
    : ORDER BY sortBy (COMMA sortBy)*
    ;

sortBy
    : aExpr (USING allOperator | ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

limitClauses
    : limitClause offsetClause?
    | offsetClause limitClause?
    ;

limitClause
    : LIMIT (aExpr | ALL)
    | FETCH (FIRST | NEXT) selectFetchValue? (ROW | ROWS) (ONLY | WITH TIES)
    ;

// gram.y select_fetch_first_value: a primary expression (NULL, a parameter, a parenthesized
// expression...) or a signed number.
selectFetchValue
    : cExpr
    | (PLUS | MINUS) (INTEGER_LITERAL | NUMERIC_LITERAL)
    ;

offsetClause
    : OFFSET aExpr (ROW | ROWS)?
    ;

// FOR READ ONLY locks nothing.
lockingClauses
    : lockingClause+
    | FOR READ ONLY
    ;

lockingClause
    : FOR lockStrength (OF qualifiedName (COMMA qualifiedName)*)? (NOWAIT | SKIP_P LOCKED)?
    ;

lockStrength
    : UPDATE | NO KEY UPDATE | SHARE | KEY SHARE
    ;

// ---------------------------------------------------------------- INSERT, UPDATE, DELETE
// Their WITH clause belongs to preparableStatement.
insertStatement
    : INSERT INTO qualifiedName (AS colId)?
      (OPEN_PAREN insertColumn (COMMA insertColumn)* CLOSE_PAREN)?
      (OVERRIDING (USER | SYSTEM) VALUE)?
      (DEFAULT VALUES | selectStatement)
      onConflictClause? returningClause?
    ;

insertColumn
    : colId indirection?
    ;

onConflictClause
    : ON CONFLICT conflictTarget? DO (NOTHING | UPDATE SET setClauseList whereClause?)
    ;

conflictTarget
    : OPEN_PAREN indexElement (COMMA indexElement)* CLOSE_PAREN whereClause?
    | ON CONSTRAINT colId
    ;

indexElement
    : (colId | windowlessFunctionCall | OPEN_PAREN aExpr CLOSE_PAREN) (COLLATE anyName)?
      (anyName (OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN)?)? (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

// RETURNING WITH (OLD AS o, NEW AS n) renames the old and new rows (PostgreSQL 18).
returningClause
    : RETURNING (WITH OPEN_PAREN returningAlias (COMMA returningAlias)* CLOSE_PAREN)? targetList
    ;

returningAlias
    : (OLD | NEW) AS colId
    ;

updateStatement
    : UPDATE ONLY? qualifiedName STAR? targetAlias?
      SET setClauseList fromClause? whereOrCurrentClause? returningClause?
    ;

setClauseList
    : setClause (COMMA setClause)*
    ;

setClause
    : insertColumn EQUALS aExpr
    | OPEN_PAREN insertColumn (COMMA insertColumn)* CLOSE_PAREN EQUALS (ROW? OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN | OPEN_PAREN selectStatement CLOSE_PAREN)
    ;

deleteStatement
    : DELETE FROM ONLY? qualifiedName STAR? targetAlias?
      (USING tableRef (COMMA tableRef)*)? whereOrCurrentClause? returningClause?
    ;

// ---------------------------------------------------------------- MERGE
mergeStatement
    : MERGE INTO ONLY? qualifiedName STAR? targetAlias?
      USING tableRef ON aExpr mergeWhenClause+ returningClause?
    ;

// WHEN MATCHED and WHEN NOT MATCHED BY SOURCE act on target rows, WHEN NOT MATCHED [BY TARGET]
// on source rows only (gram.y merge_when_clause).
mergeWhenClause
    : WHEN (MATCHED | NOT MATCHED BY SOURCE) (AND aExpr)? THEN (UPDATE SET setClauseList | DELETE | DO NOTHING)
    | WHEN NOT MATCHED (BY TARGET)? (AND aExpr)? THEN (mergeInsert | DO NOTHING)
    ;

mergeInsert
    : INSERT (OPEN_PAREN insertColumn (COMMA insertColumn)* CLOSE_PAREN)? (OVERRIDING (USER | SYSTEM) VALUE)?
      (VALUES OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN | DEFAULT VALUES)
    ;

// ---------------------------------------------------------------- expressions
aExpr
    : cExpr                                                                   # primaryExpression
    | aExpr OVERLAPS aExpr                                                    # overlapsExpression
    | aExpr TYPECAST typeName                                                 # castExpression
    | <assoc = right> (PLUS | MINUS) aExpr                                    # unaryExpression
    | aExpr COLLATE anyName                                                   # collateExpression
    | aExpr AT (TIME ZONE aExpr | LOCAL)                                      # atTimeZoneExpression
    | aExpr CARET aExpr                                                       # binaryExpression
    | aExpr (STAR | SLASH | PERCENT) aExpr                                    # binaryExpression
    | aExpr (PLUS | MINUS) aExpr                                              # binaryExpression
    | aExpr qualifiedOperator aExpr                                           # binaryExpression
    | qualifiedOperator aExpr                                                 # prefixOperatorExpression
    | aExpr NOT? (LIKE | ILIKE) aExpr (ESCAPE aExpr)?                          # likeExpression
    | aExpr NOT? SIMILAR TO aExpr (ESCAPE aExpr)?                              # similarExpression
    | aExpr NOT? BETWEEN SYMMETRIC? bExpr AND aExpr                           # betweenExpression
    | aExpr NOT? IN inList                                                    # inExpression
    | aExpr subqueryOperator subqueryQuantifier (OPEN_PAREN selectStatement CLOSE_PAREN | OPEN_PAREN aExpr CLOSE_PAREN) # quantifiedComparison
    | aExpr comparisonOperator aExpr                                          # comparisonExpression
    | aExpr IS NOT? (NULL | TRUE | FALSE | UNKNOWN | DOCUMENT | normalForm? NORMALIZED) # isExpression
    | aExpr IS NOT? DISTINCT FROM aExpr                                       # isDistinctExpression
    | aExpr IS NOT? OF OPEN_PAREN typeName (COMMA typeName)* CLOSE_PAREN      # isOfExpression
    | aExpr IS NOT? JSON (VALUE | ARRAY | OBJECT | SCALAR)? jsonKeyUniqueness? # isJsonExpression
    | aExpr (ISNULL | NOTNULL)                                                # isExpression
    | <assoc = right> NOT aExpr                                               # notExpression
    | aExpr AND aExpr                                                         # andExpression
    | aExpr OR aExpr                                                          # orExpression
    | UNIQUE OPEN_PAREN selectStatement CLOSE_PAREN                           # uniqueExpression
    | DEFAULT                                                                 # defaultExpression
    ;

// The restricted expression of DEFAULT clauses and BETWEEN bounds: no boolean operators.
bExpr
    : cExpr
    | bExpr TYPECAST typeName
    | <assoc = right> (PLUS | MINUS) bExpr
    | bExpr CARET bExpr
    | bExpr (STAR | SLASH | PERCENT) bExpr
    | bExpr (PLUS | MINUS) bExpr
    | bExpr qualifiedOperator bExpr
    | qualifiedOperator bExpr
    | bExpr comparisonOperator bExpr
    | bExpr IS NOT? DISTINCT FROM bExpr
    | bExpr IS NOT? DOCUMENT
    ;

comparisonOperator
    : LESS | GREATER | EQUALS | LESS_EQUALS | GREATER_EQUALS | NOT_EQUALS
    ;

subqueryQuantifier
    : ANY | SOME | ALL
    ;

// gram.y subquery_Op: any operator, and LIKE and ILIKE (x LIKE ANY (array)).
subqueryOperator
    : allOperator
    | NOT? (LIKE | ILIKE)
    ;

// gram.y qual_all_Op: any operator, plain or OPERATOR(schema.op).
allOperator
    : anyOperator
    | OPERATOR OPEN_PAREN (colId DOT)* anyOperator CLOSE_PAREN
    ;

normalForm
    : NFC | NFD | NFKC | NFKD
    ;

inList
    : OPEN_PAREN selectStatement CLOSE_PAREN
    | OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    ;

// A user-defined or multi-character operator, or OPERATOR(schema.op).
qualifiedOperator
    : OPERATOR_SYMBOL
    | OPERATOR OPEN_PAREN (colId DOT)* anyOperator CLOSE_PAREN
    ;

anyOperator
    : OPERATOR_SYMBOL | PLUS | MINUS | STAR | SLASH | PERCENT | CARET | LESS | GREATER | EQUALS
    | LESS_EQUALS | GREATER_EQUALS | NOT_EQUALS
    ;

cExpr
    : columnReference                                                       # columnExpression
    | constant                                                              # constantExpression
    | PARAM indirection?                                                    # parameterExpression
    // One alternative for (x) and the row (x, y): SLL then decides on the first token inside.
    | OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN indirection?              # parenthesizedExpression
    | caseExpression                                                        # caseExpr
    // A string after the call makes a constant of a type with modifiers, numeric(10, 2) '1.5'
    // (gram.y AexprConst). It is part of this alternative, not of constant, so that prediction
    // chooses at the parenthesis instead of reading every argument to find out. This also accepts
    // a string after FILTER, OVER or a function of its own syntax, which PostgreSQL rejects.
    | functionCall (stringLiteral | indirection?)                           # functionExpression
    | OPEN_PAREN selectStatement CLOSE_PAREN indirection?                   # scalarSubquery
    | EXISTS OPEN_PAREN selectStatement CLOSE_PAREN                         # existsExpression
    | ARRAY (OPEN_PAREN selectStatement CLOSE_PAREN | arrayLiteral)         # arrayExpression
    | ROW OPEN_PAREN (aExpr (COMMA aExpr)*)? CLOSE_PAREN                    # rowExpression
    | GROUPING OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN                  # groupingExpression
    ;

arrayLiteral
    : OPEN_BRACKET (aExpr (COMMA aExpr)* | arrayLiteral (COMMA arrayLiteral)*)? CLOSE_BRACKET
    ;

caseExpression
    : CASE aExpr? caseWhen+ (ELSE aExpr)? END
    ;

caseWhen
    : WHEN aExpr THEN aExpr
    ;

columnReference
    : colId indirection?
    ;

indirection
    : indirectionElement+
    ;

indirectionElement
    : DOT (colLabel | STAR)
    | OPEN_BRACKET aExpr? (COLON aExpr?)? CLOSE_BRACKET
    ;

functionCall
    : functionApplication withinGroupClause? filterClause? overClause?     # genericFunctionCall
    | jsonAggregate filterClause? overClause?                              # jsonAggregateCall
    | commonFunction                                                       # commonFunctionCall
    ;

// gram.y func_expr_windowless: a function in FROM or in an index, which takes no WITHIN GROUP,
// FILTER or OVER.
windowlessFunctionCall
    : functionApplication
    | jsonAggregate
    | commonFunction
    ;

functionApplication
    : functionName OPEN_PAREN functionArguments? CLOSE_PAREN
    ;

// gram.y func_expr_common_subexpr: functions with a syntax of their own.
commonFunction
    : specialFunction                                                       # specialFunctionCall
    | jsonFunction                                                          # sqlStandardFunctionCall
    | xmlFunction                                                           # sqlStandardFunctionCall
    | MERGE_ACTION OPEN_PAREN CLOSE_PAREN                                   # sqlStandardFunctionCall
    ;

// Left-factored: VARIADIC after other arguments is decided at its comma, not by scanning them all.
functionArguments
    : STAR
    | (ALL | DISTINCT)? functionArgument (COMMA functionArgument)* (COMMA VARIADIC functionArgument)? orderByClause?
    | VARIADIC functionArgument orderByClause?
    ;

functionArgument
    : paramName (EQUALS_GREATER | COLON_EQUALS) aExpr
    | aExpr
    ;

withinGroupClause
    : WITHIN GROUP OPEN_PAREN orderByClause CLOSE_PAREN
    ;

filterClause
    : FILTER OPEN_PAREN WHERE aExpr CLOSE_PAREN
    ;

overClause
    : OVER (windowSpecification | colId)
    ;

// Functions with their own syntax (gram.y func_expr_common_subexpr).
specialFunction
    : COLLATION FOR OPEN_PAREN aExpr CLOSE_PAREN
    | CURRENT_DATE
    | CURRENT_TIME (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | CURRENT_TIMESTAMP (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | LOCALTIME (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | LOCALTIMESTAMP (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | CURRENT_ROLE
    | CURRENT_USER
    | SESSION_USER
    | SYSTEM_USER
    | USER
    | CURRENT_CATALOG
    | CURRENT_SCHEMA
    | CAST OPEN_PAREN aExpr AS typeName CLOSE_PAREN
    | EXTRACT OPEN_PAREN extractField FROM aExpr CLOSE_PAREN
    | NORMALIZE OPEN_PAREN aExpr (COMMA normalForm)? CLOSE_PAREN
    | OVERLAY OPEN_PAREN (aExpr PLACING aExpr FROM aExpr (FOR aExpr)? | functionArguments?) CLOSE_PAREN
    | POSITION OPEN_PAREN bExpr IN bExpr CLOSE_PAREN
    | SUBSTRING OPEN_PAREN
      (aExpr (FROM aExpr (FOR aExpr)? | FOR aExpr (FROM aExpr)? | SIMILAR aExpr ESCAPE aExpr) | functionArguments?) CLOSE_PAREN
    | TREAT OPEN_PAREN aExpr AS typeName CLOSE_PAREN
    | TRIM OPEN_PAREN (BOTH | LEADING | TRAILING)? (aExpr? FROM)? aExpr (COMMA aExpr)* CLOSE_PAREN
    | NULLIF OPEN_PAREN aExpr COMMA aExpr CLOSE_PAREN
    | COALESCE OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | GREATEST OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | LEAST OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    ;

// ---------------------------------------------------------------- SQL/JSON (gram.y json_*)
jsonFunction
    : JSON_OBJECT OPEN_PAREN
      ( jsonNameAndValue (COMMA jsonNameAndValue)* jsonNullClause? jsonKeyUniqueness? jsonReturningClause?
      | functionArgument (COMMA functionArgument)*
      | jsonReturningClause?
      ) CLOSE_PAREN
    | JSON_ARRAY OPEN_PAREN
      ( jsonValueExpression (COMMA jsonValueExpression)* jsonNullClause? jsonReturningClause?
      | selectStatement jsonFormatClause? jsonReturningClause?
      | jsonReturningClause?
      ) CLOSE_PAREN
    | JSON OPEN_PAREN jsonValueExpression jsonKeyUniqueness? CLOSE_PAREN
    | JSON_SCALAR OPEN_PAREN aExpr CLOSE_PAREN
    | JSON_SERIALIZE OPEN_PAREN jsonValueExpression jsonReturningClause? CLOSE_PAREN
    | JSON_QUERY OPEN_PAREN jsonValueExpression COMMA aExpr jsonPassingClause? jsonReturningClause?
      jsonWrapperBehavior? jsonQuotesClause? jsonBehaviorClause? CLOSE_PAREN
    | JSON_EXISTS OPEN_PAREN jsonValueExpression COMMA aExpr jsonPassingClause? jsonOnErrorClause? CLOSE_PAREN
    | JSON_VALUE OPEN_PAREN jsonValueExpression COMMA aExpr jsonPassingClause? jsonReturningClause?
      jsonBehaviorClause? CLOSE_PAREN
    ;

jsonAggregate
    : JSON_OBJECTAGG OPEN_PAREN jsonNameAndValue jsonNullClause? jsonKeyUniqueness? jsonReturningClause? CLOSE_PAREN
    | JSON_ARRAYAGG OPEN_PAREN jsonValueExpression orderByClause? jsonNullClause? jsonReturningClause? CLOSE_PAREN
    ;

jsonValueExpression
    : aExpr jsonFormatClause?
    ;

jsonFormatClause
    : FORMAT JSON (ENCODING colId)?
    ;

// gram.y json_name_and_value: KEY k VALUE v, k VALUE v, k : v.
jsonNameAndValue
    : KEY? aExpr (VALUE | COLON) jsonValueExpression
    ;

jsonNullClause
    : (NULL | ABSENT) ON NULL
    ;

jsonKeyUniqueness
    : (WITH | WITHOUT) UNIQUE KEYS?
    ;

jsonReturningClause
    : RETURNING typeName jsonFormatClause?
    ;

jsonPassingClause
    : PASSING jsonValueExpression AS colLabel (COMMA jsonValueExpression AS colLabel)*
    ;

jsonWrapperBehavior
    : (WITHOUT | WITH (CONDITIONAL | UNCONDITIONAL)?) ARRAY? WRAPPER
    ;

jsonQuotesClause
    : (KEEP | OMIT) QUOTES (ON SCALAR STRING)?
    ;

jsonBehavior
    : DEFAULT aExpr
    | ERROR | NULL | TRUE | FALSE | UNKNOWN
    | EMPTY (ARRAY | OBJECT)?
    ;

jsonBehaviorClause
    : jsonBehavior ON (EMPTY (jsonBehavior ON ERROR)? | ERROR)
    ;

jsonOnErrorClause
    : jsonBehavior ON ERROR
    ;

// The path is a string constant only (gram.y rejects any other expression).
jsonTable
    : JSON_TABLE OPEN_PAREN jsonValueExpression COMMA stringLiteral (AS colId)? jsonPassingClause?
      COLUMNS OPEN_PAREN jsonTableColumn (COMMA jsonTableColumn)* CLOSE_PAREN jsonOnErrorClause? CLOSE_PAREN
    ;

jsonTableColumn
    : colId FOR ORDINALITY
    | colId typeName jsonFormatClause? (PATH stringLiteral)? jsonWrapperBehavior? jsonQuotesClause? jsonBehaviorClause?
    | colId typeName EXISTS (PATH stringLiteral)? jsonOnErrorClause?
    | NESTED PATH? stringLiteral (AS colId)? COLUMNS OPEN_PAREN jsonTableColumn (COMMA jsonTableColumn)* CLOSE_PAREN
    ;

// ---------------------------------------------------------------- SQL/XML (gram.y xml_*)
xmlFunction
    : XMLCONCAT OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | XMLELEMENT OPEN_PAREN NAME colLabel (COMMA xmlAttributes)? (COMMA aExpr)* CLOSE_PAREN
    | XMLEXISTS OPEN_PAREN cExpr xmlPassing CLOSE_PAREN
    | XMLFOREST OPEN_PAREN xmlAttribute (COMMA xmlAttribute)* CLOSE_PAREN
    | XMLPARSE OPEN_PAREN (DOCUMENT | CONTENT) aExpr ((PRESERVE | STRIP) WHITESPACE)? CLOSE_PAREN
    | XMLPI OPEN_PAREN NAME colLabel (COMMA aExpr)? CLOSE_PAREN
    | XMLROOT OPEN_PAREN aExpr COMMA VERSION (aExpr | NO VALUE) (COMMA STANDALONE (YES | NO VALUE?))? CLOSE_PAREN
    | XMLSERIALIZE OPEN_PAREN (DOCUMENT | CONTENT) aExpr AS simpleTypeName (NO? INDENT)? CLOSE_PAREN
    ;

xmlAttributes
    : XMLATTRIBUTES OPEN_PAREN xmlAttribute (COMMA xmlAttribute)* CLOSE_PAREN
    ;

xmlAttribute
    : aExpr (AS colLabel)?
    ;

xmlPassing
    : PASSING xmlPassingMechanism? cExpr xmlPassingMechanism?
    ;

xmlPassingMechanism
    : BY (REF | VALUE)
    ;

xmlTable
    : XMLTABLE OPEN_PAREN (XMLNAMESPACES OPEN_PAREN xmlNamespace (COMMA xmlNamespace)* CLOSE_PAREN COMMA)?
      cExpr xmlPassing COLUMNS xmlTableColumn (COMMA xmlTableColumn)* CLOSE_PAREN
    ;

xmlNamespace
    : bExpr AS colLabel
    | DEFAULT bExpr
    ;

xmlTableColumn
    : colId (FOR ORDINALITY | typeName xmlTableColumnOption*)
    ;

xmlTableColumnOption
    : IDENTIFIER bExpr
    | DEFAULT bExpr
    | NOT NULL
    | NULL
    | PATH bExpr
    ;

extractField
    : IDENTIFIER | YEAR | MONTH | DAY | HOUR | MINUTE | SECOND | stringLiteral
    ;

constant
    : INTEGER_LITERAL                                                       # integerConstant
    | NUMERIC_LITERAL                                                       # numericConstant
    | stringLiteral                                                         # stringConstant
    | BIT_STRING_LITERAL                                                    # bitStringConstant
    | HEX_STRING_LITERAL                                                    # bitStringConstant
    | functionName stringLiteral                                            # typedStringConstant
    | constantTypeName stringLiteral                                        # typedStringConstant
    | INTERVAL (stringLiteral intervalQualifier? | OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN stringLiteral) # intervalConstant
    | TRUE                                                                  # booleanConstant
    | FALSE                                                                 # booleanConstant
    | NULL                                                                  # nullConstant
    ;

// A literal continued on later lines is one token already (SqlTokens.g4); literals side by side
// on one line are two, which PostgreSQL rejects.
stringLiteral
    : (STRING_LITERAL | ESCAPE_STRING_LITERAL | NATIONAL_STRING_LITERAL | UNICODE_STRING_LITERAL
      | DOLLAR_STRING_LITERAL) (UESCAPE STRING_LITERAL)?
    ;

numericValue
    : signedNumber
    ;

signedNumber
    : (PLUS | MINUS)? (INTEGER_LITERAL | NUMERIC_LITERAL)
    ;

signedInteger
    : (PLUS | MINUS)? INTEGER_LITERAL
    ;

// ---------------------------------------------------------------- types
// gram.y Typename; name%TYPE takes the type of a column or variable. It comes first so that SLL,
// which cannot tell "t.a%TYPE" in a parameter list from "x::t % type" in an expression, chooses it.
typeName
    : SETOF? (typeFunctionName (DOT colLabel)* PERCENT TYPE | simpleTypeName arrayBounds?)
    ;

arrayBounds
    : (OPEN_BRACKET INTEGER_LITERAL? CLOSE_BRACKET)+
    | ARRAY (OPEN_BRACKET INTEGER_LITERAL CLOSE_BRACKET)?
    ;

simpleTypeName
    : constantTypeName
    | INTERVAL intervalQualifier?
    | INTERVAL OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN
    | genericTypeName
    ;

genericTypeName
    : typeFunctionName (DOT colLabel)* (OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)?
    ;

constantTypeName
    : INT | INTEGER | SMALLINT | BIGINT | REAL | FLOAT (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | DOUBLE PRECISION
    | (DECIMAL | DEC | NUMERIC) (OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)?
    | BOOLEAN
    | BIT VARYING? (OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)?
    | (CHARACTER | CHAR | NCHAR | NATIONAL (CHARACTER | CHAR)) VARYING? (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | VARCHAR (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    | (TIMESTAMP | TIME) (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)? ((WITH | WITHOUT) TIME ZONE)?
    | JSON
    ;

intervalQualifier
    : YEAR (TO MONTH)?
    | MONTH
    | DAY (TO (HOUR | MINUTE | intervalSecond))?
    | HOUR (TO (MINUTE | intervalSecond))?
    | MINUTE (TO intervalSecond)?
    | intervalSecond
    ;

intervalSecond
    : SECOND (OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN)?
    ;
