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
    | createAggregateStatement
    | alterAggregateStatement
    | createOperatorStatement
    | alterOperatorStatement
    | createOperatorClassStatement
    | createOperatorFamilyStatement
    | alterOperatorClassStatement
    | createEventTriggerStatement
    | alterEventTriggerStatement
    | alterTriggerOrRuleStatement
    | dropStatement
    | createRoleStatement
    | alterRoleStatement
    | grantStatement
    | revokeStatement
    | grantRoleStatement
    | revokeRoleStatement
    | alterDefaultPrivilegesStatement
    | reassignOwnedStatement
    | catalogStatement
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
    : parameterDeclaration ((DEFAULT | EQUALS) aExpr)?
    ;

// gram.y func_arg: a parameter without its default, as aggregates and argument lists name them.
parameterDeclaration
    : (parameterMode? paramName? | paramName parameterMode) typeName
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
    | SET setRestMore                                                      # setOption
    | RESET resetRest                                                      # resetOption
    ;

functionBodyLiteral
    : stringLiteral
    ;

// SQL-standard body: RETURN expr, or BEGIN ATOMIC ... END, whose statements may be empty.
sqlBody
    : RETURN aExpr
    | BEGIN ATOMIC (sqlBodyStatement? SEMI)* END
    ;

sqlBodyStatement
    : statement
    | RETURN aExpr
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

// ---------------------------------------------------------------- aggregates and operators
createAggregateStatement
    : CREATE (OR REPLACE)? AGGREGATE functionName (aggregateArguments definition | oldAggregateDefinition)
    ;

// gram.y aggr_args: (*), (args), (ORDER BY args) or (args ORDER BY args) for ordered-set aggregates.
aggregateArguments
    : OPEN_PAREN STAR CLOSE_PAREN
    | OPEN_PAREN parameterDeclaration (COMMA parameterDeclaration)* (ORDER BY parameterDeclaration (COMMA parameterDeclaration)*)? CLOSE_PAREN
    | OPEN_PAREN ORDER BY parameterDeclaration (COMMA parameterDeclaration)* CLOSE_PAREN
    ;

oldAggregateDefinition
    : OPEN_PAREN identifier EQUALS definitionArgument (COMMA identifier EQUALS definitionArgument)* CLOSE_PAREN
    ;

aggregateReference
    : functionName aggregateArguments
    ;

alterAggregateStatement
    : ALTER AGGREGATE aggregateReference (RENAME TO colId | OWNER TO roleSpec | SET SCHEMA colId)
    ;

createOperatorStatement
    : CREATE OPERATOR operatorName definition
    ;

alterOperatorStatement
    : ALTER OPERATOR operatorReference
      (SET OPEN_PAREN definitionElement (COMMA definitionElement)* CLOSE_PAREN | OWNER TO roleSpec | SET SCHEMA colId)
    ;

// gram.y any_operator: an operator, optionally schema-qualified.
operatorName
    : (colId DOT)* anyOperator
    ;

operatorReference
    : operatorName operatorArgumentTypes
    ;

// (left, right); NONE for the missing operand of a prefix operator.
operatorArgumentTypes
    : OPEN_PAREN (typeName | NONE) COMMA typeName CLOSE_PAREN
    | OPEN_PAREN typeName COMMA NONE CLOSE_PAREN
    ;

createOperatorClassStatement
    : CREATE OPERATOR CLASS anyName DEFAULT? FOR TYPE typeName USING colId (FAMILY anyName)?
      AS operatorClassItem (COMMA operatorClassItem)*
    ;

createOperatorFamilyStatement
    : CREATE OPERATOR FAMILY anyName USING colId
    ;

alterOperatorClassStatement
    : ALTER OPERATOR (CLASS | FAMILY) anyName USING colId
      (RENAME TO colId | OWNER TO roleSpec | SET SCHEMA colId
      | ADD operatorClassItem (COMMA operatorClassItem)*
      | DROP operatorClassDrop (COMMA operatorClassDrop)*)
    ;

operatorClassItem
    : OPERATOR INTEGER_LITERAL operatorName operatorArgumentTypes? (FOR SEARCH | FOR ORDER BY anyName)?
    | FUNCTION INTEGER_LITERAL (OPEN_PAREN typeName (COMMA typeName)* CLOSE_PAREN)? functionReference
    | STORAGE typeName
    ;

operatorClassDrop
    : (OPERATOR | FUNCTION) INTEGER_LITERAL OPEN_PAREN typeName (COMMA typeName)* CLOSE_PAREN
    ;

// gram.y definition: the (name = value, ...) list of CREATE AGGREGATE, OPERATOR, TYPE, COLLATION...
definition
    : OPEN_PAREN definitionElement (COMMA definitionElement)* CLOSE_PAREN
    ;

definitionElement
    : colLabel (EQUALS definitionArgument)?
    ;

definitionArgument
    : typeName
    | reservedKeyword
    | anyOperator
    | OPERATOR OPEN_PAREN operatorName CLOSE_PAREN
    | signedNumber
    | stringLiteral
    | NONE
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

// The generic ALTER forms of triggers and rules, which are named on their table (gram.y RenameStmt,
// AlterObjectDependsStmt).
alterTriggerOrRuleStatement
    : ALTER (TRIGGER | RULE) colId ON qualifiedName RENAME TO colId
    | ALTER TRIGGER colId ON qualifiedName NO? DEPENDS ON EXTENSION colId
    ;

// ---------------------------------------------------------------- DROP
dropStatement
    : DROP EVENT TRIGGER (IF EXISTS)? eventTriggerName (COMMA eventTriggerName)* dropBehavior?   # dropEventTrigger
    | DROP (FUNCTION | PROCEDURE | ROUTINE) (IF EXISTS)? functionReference (COMMA functionReference)* dropBehavior? # dropFunction
    | DROP AGGREGATE (IF EXISTS)? aggregateReference (COMMA aggregateReference)* dropBehavior?   # dropAggregate
    | DROP OPERATOR (IF EXISTS)? operatorReference (COMMA operatorReference)* dropBehavior?      # dropOperator
    | DROP OPERATOR (CLASS | FAMILY) (IF EXISTS)? anyName USING colId dropBehavior?             # dropOperatorClass
    | DROP anyNameObjectKind (IF EXISTS)? anyName (COMMA anyName)* dropBehavior?               # dropObject
    | DROP INDEX CONCURRENTLY (IF EXISTS)? anyName (COMMA anyName)* dropBehavior?               # dropIndexConcurrently
    | DROP nameObjectKind (IF EXISTS)? colId (COMMA colId)* dropBehavior?                       # dropNamedObject
    | DROP (TYPE | DOMAIN) (IF EXISTS)? typeName (COMMA typeName)* dropBehavior?                # dropType
    | DROP (POLICY | RULE | TRIGGER) (IF EXISTS)? colId ON anyName dropBehavior?                # dropTableObject
    | DROP CAST (IF EXISTS)? OPEN_PAREN typeName AS typeName CLOSE_PAREN dropBehavior?          # dropCast
    | DROP TRANSFORM (IF EXISTS)? FOR typeName LANGUAGE colId dropBehavior?                     # dropTransform
    | DROP (ROLE | USER | GROUP) (IF EXISTS)? roleSpec (COMMA roleSpec)*                        # dropRole
    | DROP USER MAPPING (IF EXISTS)? FOR userMappingRole SERVER colId                           # dropUserMapping
    | DROP OWNED BY roleSpec (COMMA roleSpec)* dropBehavior?                                    # dropOwned
    | DROP SUBSCRIPTION (IF EXISTS)? colId dropBehavior?                                        # dropSubscription
    | DROP TABLESPACE (IF EXISTS)? colId                                                        # dropTablespace
    | DROP DATABASE (IF EXISTS)? colId (WITH? OPEN_PAREN FORCE (COMMA FORCE)* CLOSE_PAREN)?     # dropDatabase
    ;

functionReference
    : functionName (OPEN_PAREN (functionParameter (COMMA functionParameter)*)? CLOSE_PAREN)?
    ;

// Objects named by possibly qualified names (gram.y object_type_any_name).
anyNameObjectKind
    : TABLE | SEQUENCE | VIEW | MATERIALIZED VIEW | INDEX | FOREIGN TABLE | COLLATION | CONVERSION | STATISTICS
    | TEXT SEARCH (PARSER | DICTIONARY | TEMPLATE | CONFIGURATION)
    ;

// Objects named by plain names (gram.y drop_type_name).
nameObjectKind
    : ACCESS METHOD | EXTENSION | FOREIGN DATA WRAPPER | PROCEDURAL? LANGUAGE | PUBLICATION | SCHEMA | SERVER
    ;

dropBehavior
    : CASCADE | RESTRICT
    ;

reassignOwnedStatement
    : REASSIGN OWNED BY roleSpec (COMMA roleSpec)* TO roleSpec
    ;

// ---------------------------------------------------------------- roles and privileges
createRoleStatement
    : CREATE (ROLE | USER | GROUP) roleName WITH? createRoleOption*
    ;

alterRoleStatement
    : ALTER (ROLE | USER) roleSpec WITH? roleOption*                                          # alterRoleOptions
    | ALTER (ROLE | USER) (roleSpec | ALL) (IN DATABASE colId)? (SET setRest | resetStatement) # alterRoleSet
    | ALTER GROUP roleSpec (ADD | DROP) USER roleSpec (COMMA roleSpec)*                       # alterGroupMembers
    | ALTER (ROLE | USER | GROUP) roleSpec RENAME TO roleName                                 # alterRoleRename
    ;

roleName
    : nonReservedWord
    ;

createRoleOption
    : roleOption
    | SYSID INTEGER_LITERAL
    | (ADMIN | ROLE | IN ROLE | IN GROUP) roleSpec (COMMA roleSpec)*
    ;

roleOption
    : PASSWORD (stringLiteral | NULL)
    | ENCRYPTED PASSWORD stringLiteral
    | UNENCRYPTED PASSWORD stringLiteral
    | INHERIT
    | CONNECTION LIMIT signedInteger
    | VALID UNTIL stringLiteral
    | USER roleSpec (COMMA roleSpec)*
    | IDENTIFIER          // SUPERUSER, NOSUPERUSER, LOGIN, NOLOGIN, CREATEDB, REPLICATION, BYPASSRLS...
    ;

roleSpec
    : nonReservedWord
    | CURRENT_ROLE
    | CURRENT_USER
    | SESSION_USER
    ;

alterDefaultPrivilegesStatement
    : ALTER DEFAULT PRIVILEGES (IN SCHEMA colId (COMMA colId)* | FOR (ROLE | USER) roleSpec (COMMA roleSpec)*)*
      (GRANT privileges ON defaultPrivilegeTarget TO grantee (COMMA grantee)* (WITH GRANT OPTION)?
      | REVOKE (GRANT OPTION FOR)? privileges ON defaultPrivilegeTarget FROM grantee (COMMA grantee)* dropBehavior?)
    ;

defaultPrivilegeTarget
    : TABLES | FUNCTIONS | ROUTINES | SEQUENCES | TYPES | SCHEMAS | LARGE OBJECTS
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
    | ALTER SYSTEM
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
