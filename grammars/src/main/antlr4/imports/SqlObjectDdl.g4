/*
 * Functions, procedures, DO, event triggers, roles, privileges and DROP for PostgreSqlParser
 * (imported; gram.y CreateFunctionStmt, CreateEventTrigStmt, GrantStmt, DropStmt...).
 */
parser grammar SqlObjectDdl;

objectStatement
    : createFunctionStatement
    | alterFunctionStatement
    | doStatement
    | callStatement
    | createEventTriggerStatement
    | alterEventTriggerStatement
    | dropStatement
    | createRoleStatement
    | alterRoleStatement
    | grantStatement
    | revokeStatement
    | grantRoleStatement
    | revokeRoleStatement
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
