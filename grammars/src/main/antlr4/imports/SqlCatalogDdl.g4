/*
 * Catalog objects other than tables and routines, for PostgreSqlParser (imported; reached from
 * objectStatement): types, domains, collations, conversions, casts, transforms, text search,
 * languages, access methods, extensions, schemas, databases, tablespaces, foreign data wrappers,
 * servers, user mappings, publications, subscriptions (gram.y DefineStmt, CreateDomainStmt,
 * CreatePublicationStmt... and the RenameStmt, AlterOwnerStmt, AlterObjectSchemaStmt forms).
 */
parser grammar SqlCatalogDdl;

catalogStatement
    : createTypeStatement
    | alterTypeStatement
    | createDomainStatement
    | alterDomainStatement
    | createCollationStatement
    | alterCollationStatement
    | createConversionStatement
    | alterConversionStatement
    | createCastStatement
    | createTransformStatement
    | createTextSearchStatement
    | alterTextSearchStatement
    | createLanguageStatement
    | alterLanguageStatement
    | createAccessMethodStatement
    | createExtensionStatement
    | alterExtensionStatement
    | createSchemaStatement
    | alterSchemaStatement
    | createDatabaseStatement
    | alterDatabaseStatement
    | createTablespaceStatement
    | alterTablespaceStatement
    | createForeignDataWrapperStatement
    | alterForeignDataWrapperStatement
    | createServerStatement
    | alterServerStatement
    | createUserMappingStatement
    | alterUserMappingStatement
    | createPublicationStatement
    | alterPublicationStatement
    | createSubscriptionStatement
    | alterSubscriptionStatement
    | alterLargeObjectStatement
    ;

// ---------------------------------------------------------------- types and domains
createTypeStatement
    : CREATE TYPE anyName
      ( definition
      | AS OPEN_PAREN (typeAttribute (COMMA typeAttribute)*)? CLOSE_PAREN
      | AS ENUM OPEN_PAREN (stringLiteral (COMMA stringLiteral)*)? CLOSE_PAREN
      | AS RANGE definition
      )?
    ;

// An attribute of a composite type (gram.y TableFuncElement).
typeAttribute
    : colId typeName (COLLATE anyName)?
    ;

alterTypeStatement
    : ALTER TYPE anyName
      ( ADD VALUE (IF NOT EXISTS)? stringLiteral ((BEFORE | AFTER) stringLiteral)?
      | RENAME VALUE stringLiteral TO stringLiteral
      | RENAME ATTRIBUTE colId TO colId dropBehavior?
      | RENAME TO colId
      | OWNER TO roleSpec
      | SET SCHEMA colId
      | SET OPEN_PAREN definitionElement (COMMA definitionElement)* CLOSE_PAREN
      | alterTypeCommand (COMMA alterTypeCommand)*
      )
    ;

alterTypeCommand
    : ADD ATTRIBUTE typeAttribute dropBehavior?
    | DROP ATTRIBUTE (IF EXISTS)? colId dropBehavior?
    | ALTER ATTRIBUTE colId (SET DATA)? TYPE typeName (COLLATE anyName)? dropBehavior?
    ;

// gram.y takes a column's constraints here (ColQualList) and rejects the ones domains cannot have later.
createDomainStatement
    : CREATE DOMAIN anyName AS? typeName (COLLATE anyName | columnConstraint)*
    ;

// gram.y DomainConstraint, as ALTER DOMAIN ADD takes it: of the constraint attributes, only those
// that change nothing, and NOT VALID and NO INHERIT for CHECK (processCASbits rejects the others).
domainConstraint
    : (CONSTRAINT colId)?
      ( CHECK OPEN_PAREN aExpr CLOSE_PAREN (domainConstraintAttribute | NOT VALID | NO INHERIT)*
      | NOT NULL domainConstraintAttribute*
      )
    ;

domainConstraintAttribute
    : NOT DEFERRABLE
    | INITIALLY IMMEDIATE
    ;

alterDomainStatement
    : ALTER DOMAIN anyName
      ( SET DEFAULT aExpr
      | DROP DEFAULT
      | (SET | DROP) NOT NULL
      | ADD domainConstraint
      | DROP CONSTRAINT (IF EXISTS)? colId dropBehavior?
      | VALIDATE CONSTRAINT colId
      | RENAME CONSTRAINT colId TO colId
      | RENAME TO colId
      | OWNER TO roleSpec
      | SET SCHEMA colId
      )
    ;

// ---------------------------------------------------------------- collations, conversions, casts, transforms
createCollationStatement
    : CREATE COLLATION (IF NOT EXISTS)? anyName (definition | FROM anyName)
    ;

alterCollationStatement
    : ALTER COLLATION anyName (REFRESH VERSION | RENAME TO colId | OWNER TO roleSpec | SET SCHEMA colId)
    ;

createConversionStatement
    : CREATE DEFAULT? CONVERSION anyName FOR stringLiteral TO stringLiteral FROM anyName
    ;

alterConversionStatement
    : ALTER CONVERSION anyName (RENAME TO colId | OWNER TO roleSpec | SET SCHEMA colId)
    ;

createCastStatement
    : CREATE CAST OPEN_PAREN typeName AS typeName CLOSE_PAREN
      (WITH FUNCTION functionReference | WITHOUT FUNCTION | WITH INOUT) (AS (IMPLICIT | ASSIGNMENT))?
    ;

createTransformStatement
    : CREATE (OR REPLACE)? TRANSFORM FOR typeName LANGUAGE colId
      OPEN_PAREN transformElement (COMMA transformElement)? CLOSE_PAREN
    ;

transformElement
    : (FROM | TO) SQL WITH FUNCTION functionReference
    ;

// ---------------------------------------------------------------- text search
createTextSearchStatement
    : CREATE TEXT SEARCH (PARSER | DICTIONARY | TEMPLATE | CONFIGURATION) anyName definition
    ;

alterTextSearchStatement
    : ALTER TEXT SEARCH (PARSER | DICTIONARY | TEMPLATE | CONFIGURATION) anyName
      (RENAME TO colId | OWNER TO roleSpec | SET SCHEMA colId)                              # alterTextSearchGeneric
    | ALTER TEXT SEARCH DICTIONARY anyName definition                                        # alterTextSearchDictionary
    | ALTER TEXT SEARCH CONFIGURATION anyName
      ( (ADD | ALTER) MAPPING FOR colId (COMMA colId)* WITH anyName (COMMA anyName)*
      | ALTER MAPPING (FOR colId (COMMA colId)*)? REPLACE anyName WITH anyName
      | DROP MAPPING (IF EXISTS)? FOR colId (COMMA colId)*
      )                                                                                      # alterTextSearchMapping
    ;

// ---------------------------------------------------------------- languages, access methods, extensions
createLanguageStatement
    : CREATE (OR REPLACE)? TRUSTED? PROCEDURAL? LANGUAGE colId
      (HANDLER handlerName (INLINE handlerName)? (VALIDATOR handlerName | NO VALIDATOR)?)?
    ;

handlerName
    : colId (DOT colLabel)*
    ;

alterLanguageStatement
    : ALTER PROCEDURAL? LANGUAGE colId (RENAME TO colId | OWNER TO roleSpec)
    ;

createAccessMethodStatement
    : CREATE ACCESS METHOD colId TYPE (INDEX | TABLE) HANDLER handlerName
    ;

createExtensionStatement
    : CREATE EXTENSION (IF NOT EXISTS)? colId WITH?
      (SCHEMA colId | VERSION nonReservedWordOrString | FROM nonReservedWordOrString | CASCADE)*
    ;

alterExtensionStatement
    : ALTER EXTENSION colId UPDATE (TO nonReservedWordOrString)*
    | ALTER EXTENSION colId SET SCHEMA colId
    | ALTER EXTENSION colId (ADD | DROP) extensionMember
    ;

// An object an extension holds (gram.y AlterExtensionContentsStmt).
extensionMember
    : anyNameObjectKind anyName
    | nameObjectKind colId
    | (EVENT TRIGGER | DATABASE | ROLE | SUBSCRIPTION | TABLESPACE) colId
    | AGGREGATE aggregateReference
    | CAST OPEN_PAREN typeName AS typeName CLOSE_PAREN
    | (DOMAIN | TYPE) typeName
    | (FUNCTION | PROCEDURE | ROUTINE) functionReference
    | OPERATOR operatorReference
    | OPERATOR (CLASS | FAMILY) anyName USING colId
    | TRANSFORM FOR typeName LANGUAGE colId
    ;

// ---------------------------------------------------------------- schemas, databases, tablespaces
// IF NOT EXISTS cannot go with schema elements (gram.y CreateSchemaStmt).
createSchemaStatement
    : CREATE SCHEMA IF NOT EXISTS schemaNameAndOwner
    | CREATE SCHEMA schemaNameAndOwner schemaElement*
    ;

schemaNameAndOwner
    : colId? AUTHORIZATION roleSpec
    | colId
    ;

// The statements CREATE SCHEMA may hold (gram.y schema_stmt).
schemaElement
    : createTableStatement
    | createIndexStatement
    | createSequenceStatement
    | createTriggerStatement
    | createViewStatement
    | grantStatement
    ;

alterSchemaStatement
    : ALTER SCHEMA colId (RENAME TO colId | OWNER TO roleSpec)
    ;

createDatabaseStatement
    : CREATE DATABASE colId WITH? databaseOption*
    ;

databaseOption
    : (IDENTIFIER | CONNECTION LIMIT | ENCODING | LOCATION | OWNER | TABLESPACE | TEMPLATE) EQUALS?
      (signedNumber | TRUE | FALSE | ON | nonReservedWordOrString | DEFAULT)
    ;

alterDatabaseStatement
    : ALTER DATABASE colId
      ( WITH? databaseOption*
      | SET TABLESPACE colId
      | REFRESH COLLATION VERSION
      | SET setRest
      | resetStatement
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

createTablespaceStatement
    : CREATE TABLESPACE colId (OWNER roleSpec)? LOCATION stringLiteral
      (WITH OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN)?
    ;

alterTablespaceStatement
    : ALTER TABLESPACE colId
      ( (SET | RESET) OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

// ---------------------------------------------------------------- foreign data
createForeignDataWrapperStatement
    : CREATE FOREIGN DATA WRAPPER colId foreignDataWrapperOption* genericOptions?
    ;

alterForeignDataWrapperStatement
    : ALTER FOREIGN DATA WRAPPER colId
      ( foreignDataWrapperOption* alterGenericOptions
      | foreignDataWrapperOption+
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

foreignDataWrapperOption
    : (HANDLER | VALIDATOR) handlerName
    | NO (HANDLER | VALIDATOR)
    ;

createServerStatement
    : CREATE SERVER (IF NOT EXISTS)? colId (TYPE stringLiteral)? serverVersion?
      FOREIGN DATA WRAPPER colId genericOptions?
    ;

serverVersion
    : VERSION (stringLiteral | NULL)
    ;

alterServerStatement
    : ALTER SERVER colId
      ( serverVersion alterGenericOptions?
      | alterGenericOptions
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

createUserMappingStatement
    : CREATE USER MAPPING (IF NOT EXISTS)? FOR userMappingRole SERVER colId genericOptions?
    ;

alterUserMappingStatement
    : ALTER USER MAPPING FOR userMappingRole SERVER colId alterGenericOptions
    ;

// gram.y auth_ident: a role, or USER for the current user.
userMappingRole
    : roleSpec
    | USER
    ;

genericOptions
    : OPTIONS OPEN_PAREN genericOption (COMMA genericOption)* CLOSE_PAREN
    ;

genericOption
    : colLabel stringLiteral
    ;

alterGenericOptions
    : OPTIONS OPEN_PAREN alterGenericOption (COMMA alterGenericOption)* CLOSE_PAREN
    ;

alterGenericOption
    : (SET | ADD)? genericOption
    | DROP colLabel
    ;

// ---------------------------------------------------------------- publications and subscriptions
createPublicationStatement
    : CREATE PUBLICATION colId (FOR (ALL TABLES | publicationObjects))? (WITH definition)?
    ;

// gram.y pub_obj_list as preprocess_pubobj_list accepts it: TABLE or TABLES IN SCHEMA starts a
// group, and the names after it, without the keywords, are of the same kind.
publicationObjects
    : publicationObjectGroup (COMMA publicationObjectGroup)*
    ;

publicationObjectGroup
    : TABLE publicationTable (COMMA publicationTable)*
    | TABLES IN SCHEMA publicationSchema (COMMA publicationSchema)*
    ;

publicationSchema
    : colId
    | CURRENT_SCHEMA
    ;

publicationTable
    : (ONLY? qualifiedName STAR? | ONLY OPEN_PAREN qualifiedName CLOSE_PAREN)
      (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)? (WHERE OPEN_PAREN aExpr CLOSE_PAREN)?
    ;

alterPublicationStatement
    : ALTER PUBLICATION colId
      ( SET definition
      | (ADD | SET | DROP) publicationObjects
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

createSubscriptionStatement
    : CREATE SUBSCRIPTION colId CONNECTION stringLiteral PUBLICATION colId (COMMA colId)* (WITH definition)?
    ;

alterSubscriptionStatement
    : ALTER SUBSCRIPTION colId
      ( SET definition
      | CONNECTION stringLiteral
      | REFRESH PUBLICATION (WITH definition)?
      | (ADD | DROP | SET) PUBLICATION colId (COMMA colId)* (WITH definition)?
      | ENABLE
      | DISABLE
      | SKIP_P definition
      | RENAME TO colId
      | OWNER TO roleSpec
      )
    ;

alterLargeObjectStatement
    : ALTER LARGE OBJECT numericValue OWNER TO roleSpec
    ;
