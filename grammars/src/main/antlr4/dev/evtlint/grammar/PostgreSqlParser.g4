/*
 * PostgreSQL 18 SQL parser for evtlint, written after PostgreSQL's gram.y (the facts: statement
 * forms, operator precedence, keyword categories from kwlist.h).
 *
 * The script layer splits a file into statements first; this grammar parses one statement at a
 * time (rule singleStatement). Statement kinds it does not know yet are classified by their
 * command tag without a parse, outside the grammar.
 *
 * Operator precedence, lowest first (gram.y): OR; AND; NOT; IS, ISNULL, NOTNULL; comparison;
 * BETWEEN, IN, LIKE, ILIKE, SIMILAR; other operators; + -; * / %; ^; AT TIME ZONE; COLLATE;
 * unary minus; subscripts; typecast. In the left-recursive rule aExpr an earlier alternative
 * binds tighter.
 */
parser grammar PostgreSqlParser;

options {
    tokenVocab = PostgreSqlLexer;
}

singleStatement
    : statement SEMI? EOF
    ;

// A standalone expression, as PL/pgSQL conditions and assignments are read.
standaloneExpression
    : aExpr EOF
    ;

statement
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | createFunctionStatement
    | doStatement
    | callStatement
    | createEventTriggerStatement
    | alterEventTriggerStatement
    | createTableStatement
    | createRoleStatement
    | alterRoleStatement
    | alterTableOwnerStatement
    | alterFunctionStatement
    | grantStatement
    | revokeStatement
    | grantRoleStatement
    | revokeRoleStatement
    | dropStatement
    | setStatement
    | resetStatement
    | transactionStatement
    | notifyStatement
    | listenStatement
    | truncateStatement
    | lockStatement
    | commentStatement
    ;

// ---------------------------------------------------------------- functions, procedures, DO

createFunctionStatement
    : CREATE (OR REPLACE)? (FUNCTION | PROCEDURE) functionName
      OPEN_PAREN (functionParameter (COMMA functionParameter)*)? CLOSE_PAREN
      functionReturns?
      functionOption*
      sqlBody?
    ;

functionReturns
    : RETURNS typeName                                                        # returnsType
    | RETURNS TABLE OPEN_PAREN tableFunctionColumn (COMMA tableFunctionColumn)* CLOSE_PAREN # returnsTable
    ;

tableFunctionColumn
    : paramName typeName
    ;

functionParameter
    : (parameterMode? paramName? | paramName parameterMode) typeName ((DEFAULT | EQUALS) aExpr)?
    ;

// A parameter name is optional, so "a int" and "int" both parse; a lone type name is a type.
paramName
    : typeFunctionName
    ;

parameterMode
    : IN | OUT | INOUT | IN OUT | VARIADIC
    ;

functionOption
    : AS functionBodyLiteral (COMMA stringLiteral)?                        # bodyOption
    | LANGUAGE nonReservedWordOrString                                     # languageOption
    | TRANSFORM FOR TYPE typeName (COMMA FOR TYPE typeName)*               # transformOption
    | WINDOW                                                               # windowOption
    | IMMUTABLE                                                            # volatilityOption
    | STABLE                                                               # volatilityOption
    | VOLATILE                                                             # volatilityOption
    | NOT? LEAKPROOF                                                       # leakproofOption
    | CALLED ON NULL INPUT                                                 # nullInputOption
    | RETURNS NULL ON NULL INPUT                                           # nullInputOption
    | STRICT                                                               # nullInputOption
    | EXTERNAL? SECURITY (DEFINER | INVOKER)                               # securityOption
    | PARALLEL colId                                                       # parallelOption
    | COST numericValue                                                    # costOption
    | ROWS numericValue                                                    # rowsOption
    | SUPPORT qualifiedName                                                # supportOption
    | SET qualifiedName (TO | EQUALS) setValueList                         # setOption
    | SET qualifiedName FROM CURRENT                                       # setOption
    | RESET (qualifiedName | ALL)                                          # resetOption
    ;

functionBodyLiteral
    : stringLiteral
    ;

// SQL-standard body: RETURN expr, or BEGIN ATOMIC ... END.
sqlBody
    : RETURN aExpr
    | BEGIN ATOMIC (statement SEMI)* END
    ;

alterFunctionStatement
    : ALTER (FUNCTION | PROCEDURE | ROUTINE) functionName
      (OPEN_PAREN (functionParameter (COMMA functionParameter)*)? CLOSE_PAREN)?
      alterFunctionAction RESTRICT?
    ;

alterFunctionAction
    : functionOption+                                   # alterFunctionOptions
    | RENAME TO colId                                   # alterFunctionRename
    | OWNER TO roleSpec                                 # alterFunctionOwner
    | SET SCHEMA colId                                  # alterFunctionSetSchema
    | NO? DEPENDS ON EXTENSION colId                    # alterFunctionDepends
    ;

doStatement
    : DO (LANGUAGE nonReservedWordOrString)? functionBodyLiteral (LANGUAGE nonReservedWordOrString)?
    ;

callStatement
    : CALL functionCall
    ;

// ---------------------------------------------------------------- event triggers

createEventTriggerStatement
    : CREATE EVENT TRIGGER eventTriggerName ON colLabel
      (WHEN eventTriggerFilter (AND eventTriggerFilter)*)?
      EXECUTE (FUNCTION | PROCEDURE) functionName OPEN_PAREN CLOSE_PAREN
    ;

eventTriggerName
    : colId
    ;

eventTriggerFilter
    : colId IN OPEN_PAREN stringLiteral (COMMA stringLiteral)* CLOSE_PAREN
    ;

alterEventTriggerStatement
    : ALTER EVENT TRIGGER eventTriggerName ENABLE (REPLICA | ALWAYS)?   # alterEventTriggerEnable
    | ALTER EVENT TRIGGER eventTriggerName DISABLE                      # alterEventTriggerDisable
    | ALTER EVENT TRIGGER eventTriggerName OWNER TO roleSpec            # alterEventTriggerOwner
    | ALTER EVENT TRIGGER eventTriggerName RENAME TO colId               # alterEventTriggerRename
    ;

// ---------------------------------------------------------------- DROP

dropStatement
    : DROP EVENT TRIGGER (IF EXISTS)? eventTriggerName (COMMA eventTriggerName)* dropBehavior?   # dropEventTrigger
    | DROP (FUNCTION | PROCEDURE | ROUTINE) (IF EXISTS)? functionReference (COMMA functionReference)* dropBehavior? # dropFunction
    | DROP droppableObject (IF EXISTS)? qualifiedName (COMMA qualifiedName)* dropBehavior?      # dropObject
    | DROP (ROLE | USER | GROUP) (IF EXISTS)? roleSpec (COMMA roleSpec)*                        # dropRole
    ;

functionReference
    : functionName (OPEN_PAREN (functionParameter (COMMA functionParameter)*)? CLOSE_PAREN)?
    ;

droppableObject
    : TABLE | SEQUENCE | VIEW | MATERIALIZED VIEW | INDEX CONCURRENTLY? | FOREIGN TABLE | TYPE
    | DOMAIN | SCHEMA | EXTENSION | COLLATION | CONVERSION | STATISTICS | TEXT SEARCH (PARSER | DICTIONARY | TEMPLATE | CONFIGURATION)
    | ACCESS METHOD | PUBLICATION | SERVER | FOREIGN DATA WRAPPER | DATABASE | TABLESPACE
    ;

dropBehavior
    : CASCADE | RESTRICT
    ;

// ---------------------------------------------------------------- tables

createTableStatement
    : CREATE tableScope? UNLOGGED? TABLE (IF NOT EXISTS)? qualifiedName
      OPEN_PAREN (tableElement (COMMA tableElement)*)? CLOSE_PAREN
      (INHERITS OPEN_PAREN qualifiedName (COMMA qualifiedName)* CLOSE_PAREN)?
      (WITH OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN | WITHOUT OIDS)?
      (ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS))?
      (TABLESPACE colId)?                                                          # createTableColumns
    | CREATE tableScope? UNLOGGED? TABLE (IF NOT EXISTS)? qualifiedName
      (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
      (ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS))?
      AS selectStatement (WITH NO? DATA)?                                          # createTableAs
    ;

tableScope
    : TEMPORARY | TEMP | LOCAL (TEMPORARY | TEMP) | GLOBAL (TEMPORARY | TEMP)
    ;

tableElement
    : tableConstraint
    | LIKE qualifiedName ((INCLUDING | EXCLUDING) colLabel)*
    | colId typeName (COLLATE anyName)? columnConstraint*
    ;

columnConstraint
    : (CONSTRAINT colId)? columnConstraintBody (NOT? DEFERRABLE | INITIALLY (DEFERRED | IMMEDIATE))*
    ;

columnConstraintBody
    : NOT NULL
    | NULL
    | CHECK OPEN_PAREN aExpr CLOSE_PAREN (NO INHERIT)?
    | DEFAULT bExpr
    | GENERATED (ALWAYS | BY DEFAULT) AS IDENTITY (OPEN_PAREN sequenceOption+ CLOSE_PAREN)?
    | GENERATED ALWAYS AS OPEN_PAREN aExpr CLOSE_PAREN (STORED | VIRTUAL)?
    | UNIQUE (NULLS NOT? DISTINCT)?
    | PRIMARY KEY
    | REFERENCES qualifiedName (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)? referentialAction*
    ;

tableConstraint
    : (CONSTRAINT colId)? tableConstraintBody (NOT? DEFERRABLE | INITIALLY (DEFERRED | IMMEDIATE))*
    ;

tableConstraintBody
    : CHECK OPEN_PAREN aExpr CLOSE_PAREN (NO INHERIT)?
    | UNIQUE (NULLS NOT? DISTINCT)? OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN
    | PRIMARY KEY OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN
    | FOREIGN KEY OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN
      REFERENCES qualifiedName (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)? referentialAction*
    ;

referentialAction
    : MATCH (FULL | PARTIAL | SIMPLE)
    | ON (DELETE | UPDATE) (NO ACTION | RESTRICT | CASCADE | SET NULL | SET DEFAULT)
    ;

sequenceOption
    : colLabel+ numericValue?
    ;

relOption
    : colLabel (DOT colLabel)? (EQUALS (numericValue | stringLiteral | colLabel))?
    ;

alterTableOwnerStatement
    : ALTER TABLE (IF EXISTS)? ONLY? qualifiedName OWNER TO roleSpec
    ;

truncateStatement
    : TRUNCATE TABLE? ONLY? qualifiedName STAR? (COMMA ONLY? qualifiedName STAR?)*
      ((RESTART | CONTINUE) IDENTITY)? dropBehavior?
    ;

lockStatement
    : LOCK TABLE? ONLY? qualifiedName STAR? (COMMA ONLY? qualifiedName STAR?)*
      (IN lockMode MODE)? NOWAIT?
    ;

lockMode
    : ACCESS SHARE | ROW SHARE | ROW EXCLUSIVE | SHARE UPDATE EXCLUSIVE | SHARE
    | SHARE ROW EXCLUSIVE | EXCLUSIVE | ACCESS EXCLUSIVE
    ;

commentStatement
    : COMMENT ON colLabel+ qualifiedName? (OPEN_PAREN (functionParameter (COMMA functionParameter)*)? CLOSE_PAREN)?
      IS (stringLiteral | NULL)
    ;

// ---------------------------------------------------------------- roles and privileges

createRoleStatement
    : CREATE (ROLE | USER | GROUP) roleName WITH? roleOption*
    ;

alterRoleStatement
    : ALTER (ROLE | USER | GROUP) roleSpec (IN DATABASE colId)? WITH? roleOption+                # alterRoleOptions
    | ALTER (ROLE | USER | GROUP) roleSpec (IN DATABASE colId)? SET qualifiedName (TO | EQUALS) setValueList # alterRoleSet
    | ALTER (ROLE | USER | GROUP) roleSpec (IN DATABASE colId)? RESET (qualifiedName | ALL)     # alterRoleReset
    | ALTER (ROLE | USER | GROUP) roleSpec RENAME TO roleName                                    # alterRoleRename
    ;

roleName
    : colId
    ;

roleOption
    : PASSWORD (stringLiteral | NULL)
    | ENCRYPTED PASSWORD stringLiteral
    | UNENCRYPTED PASSWORD stringLiteral
    | INHERIT
    | CONNECTION LIMIT signedInteger
    | VALID UNTIL stringLiteral
    | USER roleSpec (COMMA roleSpec)*
    | IN ROLE roleSpec (COMMA roleSpec)*
    | IN GROUP roleSpec (COMMA roleSpec)*
    | ROLE roleSpec (COMMA roleSpec)*
    | ADMIN roleSpec (COMMA roleSpec)*
    | SYSID INTEGER_LITERAL
    | IDENTIFIER          // SUPERUSER, NOSUPERUSER, LOGIN, NOLOGIN, CREATEDB, REPLICATION, BYPASSRLS...
    ;

roleSpec
    : nonReservedWord
    | CURRENT_ROLE
    | CURRENT_USER
    | SESSION_USER
    ;

grantStatement
    : GRANT privileges ON privilegeTarget TO grantee (COMMA grantee)* (WITH GRANT OPTION)? (GRANTED BY roleSpec)?
    ;

revokeStatement
    : REVOKE (GRANT OPTION FOR)? privileges ON privilegeTarget FROM grantee (COMMA grantee)* (GRANTED BY roleSpec)? dropBehavior?
    ;

grantRoleStatement
    : GRANT privilegeList TO roleSpec (COMMA roleSpec)* (WITH grantRoleOption (COMMA grantRoleOption)*)? (GRANTED BY roleSpec)?
    ;

revokeRoleStatement
    : REVOKE ((ADMIN | INHERIT | SET | IDENTIFIER) OPTION FOR)? privilegeList FROM roleSpec (COMMA roleSpec)* (GRANTED BY roleSpec)? dropBehavior?
    ;

grantRoleOption
    : colLabel (OPTION | TRUE | FALSE)
    ;

privileges
    : ALL PRIVILEGES? (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
    | privilegeList
    ;

privilegeList
    : privilege (COMMA privilege)*
    ;

privilege
    : (SELECT | REFERENCES | CREATE | colId) (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
    ;

privilegeTarget
    : TABLE? qualifiedName (COMMA qualifiedName)*
    | (SEQUENCE | DATABASE | DOMAIN | LANGUAGE | SCHEMA | TABLESPACE | TYPE | FOREIGN DATA WRAPPER | FOREIGN SERVER | LARGE OBJECT | PARAMETER)
      (qualifiedName | numericValue) (COMMA (qualifiedName | numericValue))*
    | (FUNCTION | PROCEDURE | ROUTINE) functionReference (COMMA functionReference)*
    | ALL (TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES) IN SCHEMA colId (COMMA colId)*
    ;

grantee
    : GROUP? roleSpec
    ;

// ---------------------------------------------------------------- session and transactions

setStatement
    : SET (SESSION | LOCAL)? setRest
    ;

setRest
    : qualifiedName (TO | EQUALS) (setValueList | DEFAULT)
    | TIME ZONE (setValue | LOCAL | DEFAULT)
    | ROLE (nonReservedWordOrString | NONE)
    | SESSION AUTHORIZATION (nonReservedWordOrString | DEFAULT)
    | SCHEMA stringLiteral
    | NAMES (stringLiteral | DEFAULT)?
    | TRANSACTION transactionMode (COMMA? transactionMode)*
    | SESSION CHARACTERISTICS AS TRANSACTION transactionMode (COMMA? transactionMode)*
    ;

setValueList
    : setValue (COMMA setValue)*
    ;

setValue
    : signedNumber
    | stringLiteral
    | nonReservedWord
    | TRUE | FALSE | ON
    ;

resetStatement
    : RESET (qualifiedName | TIME ZONE | SESSION AUTHORIZATION | ALL | ROLE)
    ;

transactionStatement
    : (BEGIN | START) (WORK | TRANSACTION)? (transactionMode (COMMA? transactionMode)*)?
    | (COMMIT | END | ABORT | ROLLBACK) (WORK | TRANSACTION)? (AND NO? CHAIN)?
    | SAVEPOINT colId
    | RELEASE SAVEPOINT? colId
    | ROLLBACK (WORK | TRANSACTION)? TO SAVEPOINT? colId
    ;

transactionMode
    : ISOLATION LEVEL (SERIALIZABLE | REPEATABLE READ | READ COMMITTED | READ UNCOMMITTED)
    | READ (ONLY | WRITE)
    | NOT? DEFERRABLE
    ;

notifyStatement
    : NOTIFY colId (COMMA stringLiteral)?
    ;

listenStatement
    : (LISTEN | UNLISTEN) (colId | STAR)
    ;

// ---------------------------------------------------------------- SELECT

selectStatement
    : withClause? selectBody orderByClause? limitClauses? lockingClause*
    ;

selectBody
    : selectPrimary                                                         # primarySelect
    | selectBody INTERSECT (ALL | DISTINCT)? selectBody                      # intersectSelect
    | selectBody (UNION | EXCEPT) (ALL | DISTINCT)? selectBody               # unionSelect
    ;

selectPrimary
    : SELECT (ALL | DISTINCT (ON OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)?)?
      targetList? intoClause? fromClause? whereClause?
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
      OPEN_PAREN preparableStatement CLOSE_PAREN
    ;

preparableStatement
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    ;

targetList
    : targetElement (COMMA targetElement)*
    ;

targetElement
    : aExpr AS colLabel                  # labeledTarget
    | aExpr bareColLabel                 # bareLabeledTarget
    | aExpr                              # unlabeledTarget
    | STAR                               # starTarget
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
    | LATERAL? ROWS FROM OPEN_PAREN functionTable (COMMA functionTable)* CLOSE_PAREN
      (WITH ORDINALITY)? functionAliasClause?                               # rowsFromTable
    | LATERAL? OPEN_PAREN selectStatement CLOSE_PAREN aliasClause?          # subqueryTable
    | OPEN_PAREN tableRef CLOSE_PAREN aliasClause?                          # parenthesizedTableRef
    ;

functionTable
    : functionCall (WITH ORDINALITY)?
    ;

tableSample
    : TABLESAMPLE functionName OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN (REPEATABLE OPEN_PAREN aExpr CLOSE_PAREN)?
    ;

aliasClause
    : AS? colId (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
    ;

functionAliasClause
    : aliasClause
    | AS? colId? OPEN_PAREN tableFunctionColumn (COMMA tableFunctionColumn)* CLOSE_PAREN
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
    : aExpr (USING qualifiedOperator | ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

limitClauses
    : limitClause offsetClause?
    | offsetClause limitClause?
    ;

limitClause
    : LIMIT (aExpr | ALL)
    | FETCH (FIRST | NEXT) selectFetchValue? (ROW | ROWS) (ONLY | WITH TIES)
    ;

selectFetchValue
    : signedNumber
    | PARAM
    | OPEN_PAREN aExpr CLOSE_PAREN
    ;

offsetClause
    : OFFSET aExpr (ROW | ROWS)?
    ;

lockingClause
    : FOR lockStrength (OF qualifiedName (COMMA qualifiedName)*)? (NOWAIT | SKIP_P LOCKED)?
    ;

lockStrength
    : UPDATE | NO KEY UPDATE | SHARE | KEY SHARE
    ;

// ---------------------------------------------------------------- INSERT, UPDATE, DELETE

insertStatement
    : withClause? INSERT INTO qualifiedName (AS colId)?
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
    : (colId | functionCall | OPEN_PAREN aExpr CLOSE_PAREN) (COLLATE anyName)? anyName? (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

returningClause
    : RETURNING targetList
    ;

updateStatement
    : withClause? UPDATE ONLY? qualifiedName STAR? aliasClause?
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
    : withClause? DELETE FROM ONLY? qualifiedName STAR? aliasClause?
      (USING tableRef (COMMA tableRef)*)? whereOrCurrentClause? returningClause?
    ;

// ---------------------------------------------------------------- expressions

aExpr
    : cExpr                                                                   # primaryExpression
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
    | aExpr comparisonOperator subqueryQuantifier (OPEN_PAREN selectStatement CLOSE_PAREN | OPEN_PAREN aExpr CLOSE_PAREN) # quantifiedComparison
    | aExpr comparisonOperator aExpr                                          # comparisonExpression
    | aExpr IS NOT? (NULL | TRUE | FALSE | UNKNOWN | DOCUMENT | normalForm? NORMALIZED) # isExpression
    | aExpr IS NOT? DISTINCT FROM aExpr                                       # isDistinctExpression
    | aExpr IS NOT? OF OPEN_PAREN typeName (COMMA typeName)* CLOSE_PAREN      # isOfExpression
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
    | OPEN_PAREN aExpr CLOSE_PAREN indirection?                             # parenthesizedExpression
    | caseExpression                                                        # caseExpr
    | functionCall indirection?                                             # functionExpression
    | OPEN_PAREN selectStatement CLOSE_PAREN indirection?                   # scalarSubquery
    | EXISTS OPEN_PAREN selectStatement CLOSE_PAREN                         # existsExpression
    | ARRAY (OPEN_PAREN selectStatement CLOSE_PAREN | arrayLiteral)         # arrayExpression
    | ROW OPEN_PAREN (aExpr (COMMA aExpr)*)? CLOSE_PAREN                    # rowExpression
    | OPEN_PAREN aExpr COMMA aExpr (COMMA aExpr)* CLOSE_PAREN               # implicitRowExpression
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
    : functionName OPEN_PAREN functionArguments? CLOSE_PAREN
      withinGroupClause? filterClause? overClause?                          # genericFunctionCall
    | specialFunction                                                       # specialFunctionCall
    ;

functionArguments
    : STAR
    | (ALL | DISTINCT)? functionArgument (COMMA functionArgument)* orderByClause?
    | VARIADIC functionArgument orderByClause?
    | functionArgument (COMMA functionArgument)* COMMA VARIADIC functionArgument orderByClause?
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
    | EXTRACT OPEN_PAREN (extractField FROM aExpr)? CLOSE_PAREN
    | NORMALIZE OPEN_PAREN aExpr (COMMA normalForm)? CLOSE_PAREN
    | OVERLAY OPEN_PAREN (aExpr PLACING aExpr FROM aExpr (FOR aExpr)? | functionArguments?) CLOSE_PAREN
    | POSITION OPEN_PAREN (bExpr IN bExpr)? CLOSE_PAREN
    | SUBSTRING OPEN_PAREN (aExpr (FROM aExpr)? (FOR aExpr)? | aExpr SIMILAR aExpr ESCAPE aExpr | functionArguments?) CLOSE_PAREN
    | TREAT OPEN_PAREN aExpr AS typeName CLOSE_PAREN
    | TRIM OPEN_PAREN (BOTH | LEADING | TRAILING)? (aExpr? FROM)? aExpr (COMMA aExpr)* CLOSE_PAREN
    | NULLIF OPEN_PAREN aExpr COMMA aExpr CLOSE_PAREN
    | COALESCE OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | GREATEST OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | LEAST OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
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
    | functionName OPEN_PAREN functionArguments CLOSE_PAREN stringLiteral   # typedStringConstant
    | constantTypeName stringLiteral                                        # typedStringConstant
    | INTERVAL (stringLiteral intervalQualifier? | OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN stringLiteral) # intervalConstant
    | TRUE                                                                  # booleanConstant
    | FALSE                                                                 # booleanConstant
    | NULL                                                                  # nullConstant
    ;

// Adjacent string literals on different lines are one constant (scan.l).
stringLiteral
    : (STRING_LITERAL | ESCAPE_STRING_LITERAL | NATIONAL_STRING_LITERAL | UNICODE_STRING_LITERAL
      | DOLLAR_STRING_LITERAL) (UESCAPE STRING_LITERAL)? STRING_LITERAL*
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

typeName
    : SETOF? simpleTypeName arrayBounds?
    | qualifiedName PERCENT TYPE
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

// ---------------------------------------------------------------- names

qualifiedName
    : colId (DOT colLabel)*
    ;

functionName
    : typeFunctionName
    | colId (DOT colLabel)+
    ;

anyName
    : colId (DOT colLabel)*
    ;

nonReservedWordOrString
    : nonReservedWord
    | stringLiteral
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | UNICODE_QUOTED_IDENTIFIER (UESCAPE STRING_LITERAL)?
    ;

colId
    : identifier
    | unreservedKeyword
    | colNameKeyword
    ;

typeFunctionName
    : identifier
    | unreservedKeyword
    | typeFuncNameKeyword
    ;

nonReservedWord
    : identifier
    | unreservedKeyword
    | colNameKeyword
    | typeFuncNameKeyword
    ;

colLabel
    : identifier
    | unreservedKeyword
    | colNameKeyword
    | typeFuncNameKeyword
    | reservedKeyword
    ;

bareColLabel
    : identifier
    | bareLabelKeyword
    ;


// ---- generated keyword categories (grammars/tools/keywords.sh parser < kwlist.h) ----
unreservedKeyword
    : ABORT
    | ABSENT
    | ABSOLUTE
    | ACCESS
    | ACTION
    | ADD
    | ADMIN
    | AFTER
    | AGGREGATE
    | ALSO
    | ALTER
    | ALWAYS
    | ASENSITIVE
    | ASSERTION
    | ASSIGNMENT
    | AT
    | ATOMIC
    | ATTACH
    | ATTRIBUTE
    | BACKWARD
    | BEFORE
    | BEGIN
    | BREADTH
    | BY
    | CACHE
    | CALL
    | CALLED
    | CASCADE
    | CASCADED
    | CATALOG
    | CHAIN
    | CHARACTERISTICS
    | CHECKPOINT
    | CLASS
    | CLOSE
    | CLUSTER
    | COLUMNS
    | COMMENT
    | COMMENTS
    | COMMIT
    | COMMITTED
    | COMPRESSION
    | CONDITIONAL
    | CONFIGURATION
    | CONFLICT
    | CONNECTION
    | CONSTRAINTS
    | CONTENT
    | CONTINUE
    | CONVERSION
    | COPY
    | COST
    | CSV
    | CUBE
    | CURRENT
    | CURSOR
    | CYCLE
    | DATA
    | DATABASE
    | DAY
    | DEALLOCATE
    | DECLARE
    | DEFAULTS
    | DEFERRED
    | DEFINER
    | DELETE
    | DELIMITER
    | DELIMITERS
    | DEPENDS
    | DEPTH
    | DETACH
    | DICTIONARY
    | DISABLE
    | DISCARD
    | DOCUMENT
    | DOMAIN
    | DOUBLE
    | DROP
    | EACH
    | EMPTY
    | ENABLE
    | ENCODING
    | ENCRYPTED
    | ENFORCED
    | ENUM
    | ERROR
    | ESCAPE
    | EVENT
    | EXCLUDE
    | EXCLUDING
    | EXCLUSIVE
    | EXECUTE
    | EXPLAIN
    | EXPRESSION
    | EXTENSION
    | EXTERNAL
    | FAMILY
    | FILTER
    | FINALIZE
    | FIRST
    | FOLLOWING
    | FORCE
    | FORMAT
    | FORWARD
    | FUNCTION
    | FUNCTIONS
    | GENERATED
    | GLOBAL
    | GRANTED
    | GROUPS
    | HANDLER
    | HEADER
    | HOLD
    | HOUR
    | IDENTITY
    | IF
    | IMMEDIATE
    | IMMUTABLE
    | IMPLICIT
    | IMPORT
    | INCLUDE
    | INCLUDING
    | INCREMENT
    | INDENT
    | INDEX
    | INDEXES
    | INHERIT
    | INHERITS
    | INLINE
    | INPUT
    | INSENSITIVE
    | INSERT
    | INSTEAD
    | INVOKER
    | ISOLATION
    | KEEP
    | KEY
    | KEYS
    | LABEL
    | LANGUAGE
    | LARGE
    | LAST
    | LEAKPROOF
    | LEVEL
    | LISTEN
    | LOAD
    | LOCAL
    | LOCATION
    | LOCK
    | LOCKED
    | LOGGED
    | MAPPING
    | MATCH
    | MATCHED
    | MATERIALIZED
    | MAXVALUE
    | MERGE
    | METHOD
    | MINUTE
    | MINVALUE
    | MODE
    | MONTH
    | MOVE
    | NAME
    | NAMES
    | NESTED
    | NEW
    | NEXT
    | NFC
    | NFD
    | NFKC
    | NFKD
    | NO
    | NORMALIZED
    | NOTHING
    | NOTIFY
    | NOWAIT
    | NULLS
    | OBJECT
    | OBJECTS
    | OF
    | OFF
    | OIDS
    | OLD
    | OMIT
    | OPERATOR
    | OPTION
    | OPTIONS
    | ORDINALITY
    | OTHERS
    | OVER
    | OVERRIDING
    | OWNED
    | OWNER
    | PARALLEL
    | PARAMETER
    | PARSER
    | PARTIAL
    | PARTITION
    | PASSING
    | PASSWORD
    | PATH
    | PERIOD
    | PLAN
    | PLANS
    | POLICY
    | PRECEDING
    | PREPARE
    | PREPARED
    | PRESERVE
    | PRIOR
    | PRIVILEGES
    | PROCEDURAL
    | PROCEDURE
    | PROCEDURES
    | PROGRAM
    | PUBLICATION
    | QUOTE
    | QUOTES
    | RANGE
    | READ
    | REASSIGN
    | RECURSIVE
    | REF
    | REFERENCING
    | REFRESH
    | REINDEX
    | RELATIVE
    | RELEASE
    | RENAME
    | REPEATABLE
    | REPLACE
    | REPLICA
    | RESET
    | RESTART
    | RESTRICT
    | RETURN
    | RETURNS
    | REVOKE
    | ROLE
    | ROLLBACK
    | ROLLUP
    | ROUTINE
    | ROUTINES
    | ROWS
    | RULE
    | SAVEPOINT
    | SCALAR
    | SCHEMA
    | SCHEMAS
    | SCROLL
    | SEARCH
    | SECOND
    | SECURITY
    | SEQUENCE
    | SEQUENCES
    | SERIALIZABLE
    | SERVER
    | SESSION
    | SET
    | SETS
    | SHARE
    | SHOW
    | SIMPLE
    | SKIP_P
    | SNAPSHOT
    | SOURCE
    | SQL
    | STABLE
    | STANDALONE
    | START
    | STATEMENT
    | STATISTICS
    | STDIN
    | STDOUT
    | STORAGE
    | STORED
    | STRICT
    | STRING
    | STRIP
    | SUBSCRIPTION
    | SUPPORT
    | SYSID
    | SYSTEM
    | TABLES
    | TABLESPACE
    | TARGET
    | TEMP
    | TEMPLATE
    | TEMPORARY
    | TEXT
    | TIES
    | TRANSACTION
    | TRANSFORM
    | TRIGGER
    | TRUNCATE
    | TRUSTED
    | TYPE
    | TYPES
    | UESCAPE
    | UNBOUNDED
    | UNCOMMITTED
    | UNCONDITIONAL
    | UNENCRYPTED
    | UNKNOWN
    | UNLISTEN
    | UNLOGGED
    | UNTIL
    | UPDATE
    | VACUUM
    | VALID
    | VALIDATE
    | VALIDATOR
    | VALUE
    | VARYING
    | VERSION
    | VIEW
    | VIEWS
    | VIRTUAL
    | VOLATILE
    | WHITESPACE
    | WITHIN
    | WITHOUT
    | WORK
    | WRAPPER
    | WRITE
    | XML
    | YEAR
    | YES
    | ZONE
    ;

colNameKeyword
    : BETWEEN
    | BIGINT
    | BIT
    | BOOLEAN
    | CHAR
    | CHARACTER
    | COALESCE
    | DEC
    | DECIMAL
    | EXISTS
    | EXTRACT
    | FLOAT
    | GREATEST
    | GROUPING
    | INOUT
    | INT
    | INTEGER
    | INTERVAL
    | JSON
    | JSON_ARRAY
    | JSON_ARRAYAGG
    | JSON_EXISTS
    | JSON_OBJECT
    | JSON_OBJECTAGG
    | JSON_QUERY
    | JSON_SCALAR
    | JSON_SERIALIZE
    | JSON_TABLE
    | JSON_VALUE
    | LEAST
    | MERGE_ACTION
    | NATIONAL
    | NCHAR
    | NONE
    | NORMALIZE
    | NULLIF
    | NUMERIC
    | OUT
    | OVERLAY
    | POSITION
    | PRECISION
    | REAL
    | ROW
    | SETOF
    | SMALLINT
    | SUBSTRING
    | TIME
    | TIMESTAMP
    | TREAT
    | TRIM
    | VALUES
    | VARCHAR
    | XMLATTRIBUTES
    | XMLCONCAT
    | XMLELEMENT
    | XMLEXISTS
    | XMLFOREST
    | XMLNAMESPACES
    | XMLPARSE
    | XMLPI
    | XMLROOT
    | XMLSERIALIZE
    | XMLTABLE
    ;

typeFuncNameKeyword
    : AUTHORIZATION
    | BINARY
    | COLLATION
    | CONCURRENTLY
    | CROSS
    | CURRENT_SCHEMA
    | FREEZE
    | FULL
    | ILIKE
    | INNER
    | IS
    | ISNULL
    | JOIN
    | LEFT
    | LIKE
    | NATURAL
    | NOTNULL
    | OUTER
    | OVERLAPS
    | RIGHT
    | SIMILAR
    | TABLESAMPLE
    | VERBOSE
    ;

reservedKeyword
    : ALL
    | ANALYSE
    | ANALYZE
    | AND
    | ANY
    | ARRAY
    | AS
    | ASC
    | ASYMMETRIC
    | BOTH
    | CASE
    | CAST
    | CHECK
    | COLLATE
    | COLUMN
    | CONSTRAINT
    | CREATE
    | CURRENT_CATALOG
    | CURRENT_DATE
    | CURRENT_ROLE
    | CURRENT_TIME
    | CURRENT_TIMESTAMP
    | CURRENT_USER
    | DEFAULT
    | DEFERRABLE
    | DESC
    | DISTINCT
    | DO
    | ELSE
    | END
    | EXCEPT
    | FALSE
    | FETCH
    | FOR
    | FOREIGN
    | FROM
    | GRANT
    | GROUP
    | HAVING
    | IN
    | INITIALLY
    | INTERSECT
    | INTO
    | LATERAL
    | LEADING
    | LIMIT
    | LOCALTIME
    | LOCALTIMESTAMP
    | NOT
    | NULL
    | OFFSET
    | ON
    | ONLY
    | OR
    | ORDER
    | PLACING
    | PRIMARY
    | REFERENCES
    | RETURNING
    | SELECT
    | SESSION_USER
    | SOME
    | SYMMETRIC
    | SYSTEM_USER
    | TABLE
    | THEN
    | TO
    | TRAILING
    | TRUE
    | UNION
    | UNIQUE
    | USER
    | USING
    | VARIADIC
    | WHEN
    | WHERE
    | WINDOW
    | WITH
    ;

bareLabelKeyword
    : ABORT
    | ABSENT
    | ABSOLUTE
    | ACCESS
    | ACTION
    | ADD
    | ADMIN
    | AFTER
    | AGGREGATE
    | ALL
    | ALSO
    | ALTER
    | ALWAYS
    | ANALYSE
    | ANALYZE
    | AND
    | ANY
    | ASC
    | ASENSITIVE
    | ASSERTION
    | ASSIGNMENT
    | ASYMMETRIC
    | AT
    | ATOMIC
    | ATTACH
    | ATTRIBUTE
    | AUTHORIZATION
    | BACKWARD
    | BEFORE
    | BEGIN
    | BETWEEN
    | BIGINT
    | BINARY
    | BIT
    | BOOLEAN
    | BOTH
    | BREADTH
    | BY
    | CACHE
    | CALL
    | CALLED
    | CASCADE
    | CASCADED
    | CASE
    | CAST
    | CATALOG
    | CHAIN
    | CHARACTERISTICS
    | CHECK
    | CHECKPOINT
    | CLASS
    | CLOSE
    | CLUSTER
    | COALESCE
    | COLLATE
    | COLLATION
    | COLUMN
    | COLUMNS
    | COMMENT
    | COMMENTS
    | COMMIT
    | COMMITTED
    | COMPRESSION
    | CONCURRENTLY
    | CONDITIONAL
    | CONFIGURATION
    | CONFLICT
    | CONNECTION
    | CONSTRAINT
    | CONSTRAINTS
    | CONTENT
    | CONTINUE
    | CONVERSION
    | COPY
    | COST
    | CROSS
    | CSV
    | CUBE
    | CURRENT
    | CURRENT_CATALOG
    | CURRENT_DATE
    | CURRENT_ROLE
    | CURRENT_SCHEMA
    | CURRENT_TIME
    | CURRENT_TIMESTAMP
    | CURRENT_USER
    | CURSOR
    | CYCLE
    | DATA
    | DATABASE
    | DEALLOCATE
    | DEC
    | DECIMAL
    | DECLARE
    | DEFAULT
    | DEFAULTS
    | DEFERRABLE
    | DEFERRED
    | DEFINER
    | DELETE
    | DELIMITER
    | DELIMITERS
    | DEPENDS
    | DEPTH
    | DESC
    | DETACH
    | DICTIONARY
    | DISABLE
    | DISCARD
    | DISTINCT
    | DO
    | DOCUMENT
    | DOMAIN
    | DOUBLE
    | DROP
    | EACH
    | ELSE
    | EMPTY
    | ENABLE
    | ENCODING
    | ENCRYPTED
    | END
    | ENFORCED
    | ENUM
    | ERROR
    | ESCAPE
    | EVENT
    | EXCLUDE
    | EXCLUDING
    | EXCLUSIVE
    | EXECUTE
    | EXISTS
    | EXPLAIN
    | EXPRESSION
    | EXTENSION
    | EXTERNAL
    | EXTRACT
    | FALSE
    | FAMILY
    | FINALIZE
    | FIRST
    | FLOAT
    | FOLLOWING
    | FORCE
    | FOREIGN
    | FORMAT
    | FORWARD
    | FREEZE
    | FULL
    | FUNCTION
    | FUNCTIONS
    | GENERATED
    | GLOBAL
    | GRANTED
    | GREATEST
    | GROUPING
    | GROUPS
    | HANDLER
    | HEADER
    | HOLD
    | IDENTITY
    | IF
    | ILIKE
    | IMMEDIATE
    | IMMUTABLE
    | IMPLICIT
    | IMPORT
    | IN
    | INCLUDE
    | INCLUDING
    | INCREMENT
    | INDENT
    | INDEX
    | INDEXES
    | INHERIT
    | INHERITS
    | INITIALLY
    | INLINE
    | INNER
    | INOUT
    | INPUT
    | INSENSITIVE
    | INSERT
    | INSTEAD
    | INT
    | INTEGER
    | INTERVAL
    | INVOKER
    | IS
    | ISOLATION
    | JOIN
    | JSON
    | JSON_ARRAY
    | JSON_ARRAYAGG
    | JSON_EXISTS
    | JSON_OBJECT
    | JSON_OBJECTAGG
    | JSON_QUERY
    | JSON_SCALAR
    | JSON_SERIALIZE
    | JSON_TABLE
    | JSON_VALUE
    | KEEP
    | KEY
    | KEYS
    | LABEL
    | LANGUAGE
    | LARGE
    | LAST
    | LATERAL
    | LEADING
    | LEAKPROOF
    | LEAST
    | LEFT
    | LEVEL
    | LIKE
    | LISTEN
    | LOAD
    | LOCAL
    | LOCALTIME
    | LOCALTIMESTAMP
    | LOCATION
    | LOCK
    | LOCKED
    | LOGGED
    | MAPPING
    | MATCH
    | MATCHED
    | MATERIALIZED
    | MAXVALUE
    | MERGE
    | MERGE_ACTION
    | METHOD
    | MINVALUE
    | MODE
    | MOVE
    | NAME
    | NAMES
    | NATIONAL
    | NATURAL
    | NCHAR
    | NESTED
    | NEW
    | NEXT
    | NFC
    | NFD
    | NFKC
    | NFKD
    | NO
    | NONE
    | NORMALIZE
    | NORMALIZED
    | NOT
    | NOTHING
    | NOTIFY
    | NOWAIT
    | NULL
    | NULLIF
    | NULLS
    | NUMERIC
    | OBJECT
    | OBJECTS
    | OF
    | OFF
    | OIDS
    | OLD
    | OMIT
    | ONLY
    | OPERATOR
    | OPTION
    | OPTIONS
    | OR
    | ORDINALITY
    | OTHERS
    | OUT
    | OUTER
    | OVERLAY
    | OVERRIDING
    | OWNED
    | OWNER
    | PARALLEL
    | PARAMETER
    | PARSER
    | PARTIAL
    | PARTITION
    | PASSING
    | PASSWORD
    | PATH
    | PERIOD
    | PLACING
    | PLAN
    | PLANS
    | POLICY
    | POSITION
    | PRECEDING
    | PREPARE
    | PREPARED
    | PRESERVE
    | PRIMARY
    | PRIOR
    | PRIVILEGES
    | PROCEDURAL
    | PROCEDURE
    | PROCEDURES
    | PROGRAM
    | PUBLICATION
    | QUOTE
    | QUOTES
    | RANGE
    | READ
    | REAL
    | REASSIGN
    | RECURSIVE
    | REF
    | REFERENCES
    | REFERENCING
    | REFRESH
    | REINDEX
    | RELATIVE
    | RELEASE
    | RENAME
    | REPEATABLE
    | REPLACE
    | REPLICA
    | RESET
    | RESTART
    | RESTRICT
    | RETURN
    | RETURNS
    | REVOKE
    | RIGHT
    | ROLE
    | ROLLBACK
    | ROLLUP
    | ROUTINE
    | ROUTINES
    | ROW
    | ROWS
    | RULE
    | SAVEPOINT
    | SCALAR
    | SCHEMA
    | SCHEMAS
    | SCROLL
    | SEARCH
    | SECURITY
    | SELECT
    | SEQUENCE
    | SEQUENCES
    | SERIALIZABLE
    | SERVER
    | SESSION
    | SESSION_USER
    | SET
    | SETOF
    | SETS
    | SHARE
    | SHOW
    | SIMILAR
    | SIMPLE
    | SKIP_P
    | SMALLINT
    | SNAPSHOT
    | SOME
    | SOURCE
    | SQL
    | STABLE
    | STANDALONE
    | START
    | STATEMENT
    | STATISTICS
    | STDIN
    | STDOUT
    | STORAGE
    | STORED
    | STRICT
    | STRING
    | STRIP
    | SUBSCRIPTION
    | SUBSTRING
    | SUPPORT
    | SYMMETRIC
    | SYSID
    | SYSTEM
    | SYSTEM_USER
    | TABLE
    | TABLES
    | TABLESAMPLE
    | TABLESPACE
    | TARGET
    | TEMP
    | TEMPLATE
    | TEMPORARY
    | TEXT
    | THEN
    | TIES
    | TIME
    | TIMESTAMP
    | TRAILING
    | TRANSACTION
    | TRANSFORM
    | TREAT
    | TRIGGER
    | TRIM
    | TRUE
    | TRUNCATE
    | TRUSTED
    | TYPE
    | TYPES
    | UESCAPE
    | UNBOUNDED
    | UNCOMMITTED
    | UNCONDITIONAL
    | UNENCRYPTED
    | UNIQUE
    | UNKNOWN
    | UNLISTEN
    | UNLOGGED
    | UNTIL
    | UPDATE
    | USER
    | USING
    | VACUUM
    | VALID
    | VALIDATE
    | VALIDATOR
    | VALUE
    | VALUES
    | VARCHAR
    | VARIADIC
    | VERBOSE
    | VERSION
    | VIEW
    | VIEWS
    | VIRTUAL
    | VOLATILE
    | WHEN
    | WHITESPACE
    | WORK
    | WRAPPER
    | WRITE
    | XML
    | XMLATTRIBUTES
    | XMLCONCAT
    | XMLELEMENT
    | XMLEXISTS
    | XMLFOREST
    | XMLNAMESPACES
    | XMLPARSE
    | XMLPI
    | XMLROOT
    | XMLSERIALIZE
    | XMLTABLE
    | YES
    | ZONE
    ;

// ---- end of generated keyword categories ----
