/*
 * Tables and what hangs on them, for PostgreSqlParser (imported): tables, foreign tables, views,
 * materialized views, indexes, sequences, triggers, rules, policies, extended statistics, and the
 * commands that act on them (COPY, VACUUM, ANALYZE, CLUSTER, REINDEX, TRUNCATE, LOCK, COMMENT,
 * SECURITY LABEL). After gram.y CreateStmt, AlterTableStmt, IndexStmt, ViewStmt, CopyStmt...
 */
parser grammar SqlTableDdl;

tableStatement
    : createTableStatement
    | createForeignTableStatement
    | importForeignSchemaStatement
    | alterTableStatement
    | createIndexStatement
    | createViewStatement
    | createMaterializedViewStatement
    | refreshMaterializedViewStatement
    | createSequenceStatement
    | createTriggerStatement
    | createRuleStatement
    | createPolicyStatement
    | alterPolicyStatement
    | createStatisticsStatement
    | alterStatisticsStatement
    | truncateStatement
    | lockStatement
    | copyStatement
    | vacuumStatement
    | analyzeStatement
    | clusterStatement
    | reindexStatement
    | commentStatement
    | securityLabelStatement
    ;

// ---------------------------------------------------------------- CREATE TABLE
// The builder reads both alternatives (name, temporary, IF NOT EXISTS, the query of AS).
createTableStatement
    : CREATE (tableScope | UNLOGGED)? TABLE (IF NOT EXISTS)? qualifiedName
      ( OPEN_PAREN (tableElement (COMMA tableElement)*)? CLOSE_PAREN inheritsClause?
      | OF anyName typedTableElements?
      | PARTITION OF qualifiedName typedTableElements? partitionBoundSpec
      )
      partitionSpec? tableAccessMethod? tableWithOptions? onCommitClause? tablespaceClause? # createTableColumns
    | CREATE (tableScope | UNLOGGED)? TABLE (IF NOT EXISTS)? qualifiedName
      (OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN)?
      tableAccessMethod? tableWithOptions? onCommitClause? tablespaceClause?
      AS (selectStatement withDataClause? | createAsExecute)                                # createTableAs
    ;

tableScope
    : TEMPORARY | TEMP | LOCAL (TEMPORARY | TEMP) | GLOBAL (TEMPORARY | TEMP)
    ;

// CREATE TABLE ... AS EXECUTE prepared (params): a prepared statement's result as the new table.
createAsExecute
    : EXECUTE colId (OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)? withDataClause?
    ;

withDataClause
    : WITH NO? DATA
    ;

inheritsClause
    : INHERITS OPEN_PAREN qualifiedName (COMMA qualifiedName)* CLOSE_PAREN
    ;

tableAccessMethod
    : USING colId
    ;

tableWithOptions
    : WITH relOptions
    | WITHOUT OIDS
    ;

onCommitClause
    : ON COMMIT (DROP | DELETE ROWS | PRESERVE ROWS)
    ;

tablespaceClause
    : TABLESPACE colId
    ;

tableElement
    : tableConstraint
    | LIKE qualifiedName ((INCLUDING | EXCLUDING) likeOption)*
    | columnDefinition
    ;

likeOption
    : COMMENTS | COMPRESSION | CONSTRAINTS | DEFAULTS | IDENTITY | GENERATED | INDEXES | STATISTICS | STORAGE | ALL
    ;

columnDefinition
    : colId typeName (STORAGE (colId | DEFAULT))? (COMPRESSION (colId | DEFAULT))? relationGenericOptions?
      columnConstraint*
    ;

// The elements of a typed table or a partition: options of inherited columns, or constraints.
typedTableElements
    : OPEN_PAREN typedTableElement (COMMA typedTableElement)* CLOSE_PAREN
    ;

typedTableElement
    : tableConstraint
    | colId (WITH OPTIONS)? columnConstraint*
    ;

columnConstraint
    : CONSTRAINT colId columnConstraintBody
    | columnConstraintBody
    | DEFERRABLE
    | NOT DEFERRABLE
    | INITIALLY (DEFERRED | IMMEDIATE)
    | ENFORCED
    | NOT ENFORCED
    | COLLATE anyName
    ;

columnConstraintBody
    : NOT NULL (NO INHERIT)?
    | NULL
    | CHECK OPEN_PAREN aExpr CLOSE_PAREN (NO INHERIT)?
    | DEFAULT bExpr
    | GENERATED identityKind AS IDENTITY (OPEN_PAREN sequenceOption+ CLOSE_PAREN)?
    | GENERATED ALWAYS AS OPEN_PAREN aExpr CLOSE_PAREN (STORED | VIRTUAL)?
    | UNIQUE nullsDistinct? indexParameters
    | PRIMARY KEY indexParameters
    | REFERENCES qualifiedName columnNameList? referentialActions
    ;

identityKind
    : ALWAYS
    | BY DEFAULT
    ;

nullsDistinct
    : NULLS NOT? DISTINCT
    ;

// WITH (storage parameters) and USING INDEX TABLESPACE of the index behind a constraint.
indexParameters
    : (WITH relOptions)? (USING INDEX TABLESPACE colId)?
    ;

tableConstraint
    : (CONSTRAINT colId)? tableConstraintBody constraintAttribute*
    ;

tableConstraintBody
    : CHECK OPEN_PAREN aExpr CLOSE_PAREN
    | NOT NULL colId
    | UNIQUE nullsDistinct? (keyColumns includeClause? indexParameters | USING INDEX colId)
    | PRIMARY KEY (keyColumns includeClause? indexParameters | USING INDEX colId)
    | EXCLUDE (USING colId)? OPEN_PAREN exclusionElement (COMMA exclusionElement)* CLOSE_PAREN
      includeClause? indexParameters (WHERE OPEN_PAREN aExpr CLOSE_PAREN)?
    | FOREIGN KEY referenceColumns REFERENCES qualifiedName referenceColumns? referentialActions
    ;

// The columns of a unique key; WITHOUT OVERLAPS makes it a temporal key.
keyColumns
    : OPEN_PAREN colId (COMMA colId)* (WITHOUT OVERLAPS)? CLOSE_PAREN
    ;

// The columns of a foreign key or of the key it references; the PERIOD column makes it temporal.
referenceColumns
    : OPEN_PAREN colId (COMMA colId)* (COMMA PERIOD colId)? CLOSE_PAREN
    ;

includeClause
    : INCLUDE columnNameList
    ;

exclusionElement
    : indexParameter WITH (OPERATOR OPEN_PAREN operatorName CLOSE_PAREN | operatorName)
    ;

constraintAttribute
    : alterableConstraintAttribute
    | NOT VALID
    ;

// The attributes ALTER CONSTRAINT can change: all but NOT VALID.
alterableConstraintAttribute
    : NOT DEFERRABLE
    | DEFERRABLE
    | INITIALLY (IMMEDIATE | DEFERRED)
    | NO INHERIT
    | NOT ENFORCED
    | ENFORCED
    ;

// MATCH, then at most one ON UPDATE and one ON DELETE, in either order.
referentialActions
    : (MATCH (FULL | PARTIAL | SIMPLE))? (onUpdate onDelete? | onDelete onUpdate?)?
    ;

onUpdate
    : ON UPDATE referentialAction
    ;

onDelete
    : ON DELETE referentialAction
    ;

referentialAction
    : NO ACTION
    | RESTRICT
    | CASCADE
    | SET (NULL | DEFAULT) columnNameList?
    ;

columnNameList
    : OPEN_PAREN colId (COMMA colId)* CLOSE_PAREN
    ;

partitionSpec
    : PARTITION BY colId OPEN_PAREN partitionElement (COMMA partitionElement)* CLOSE_PAREN
    ;

partitionElement
    : (colId | functionCall | OPEN_PAREN aExpr CLOSE_PAREN) (COLLATE anyName)? anyName?
    ;

partitionBoundSpec
    : FOR VALUES WITH OPEN_PAREN nonReservedWord INTEGER_LITERAL (COMMA nonReservedWord INTEGER_LITERAL)* CLOSE_PAREN
    | FOR VALUES IN OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | FOR VALUES FROM OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN TO OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN
    | DEFAULT
    ;

relOptions
    : OPEN_PAREN relOption (COMMA relOption)* CLOSE_PAREN
    ;

relOption
    : colLabel (DOT colLabel)? (EQUALS definitionArgument)?
    ;

// OPTIONS (name 'value', ...) of foreign tables and their columns.
relationGenericOptions
    : OPTIONS OPEN_PAREN colLabel stringLiteral (COMMA colLabel stringLiteral)* CLOSE_PAREN
    ;

alterRelationGenericOptions
    : OPTIONS OPEN_PAREN alterGenericOption (COMMA alterGenericOption)* CLOSE_PAREN
    ;

// ---------------------------------------------------------------- foreign tables
createForeignTableStatement
    : CREATE FOREIGN TABLE (IF NOT EXISTS)? qualifiedName
      ( OPEN_PAREN (tableElement (COMMA tableElement)*)? CLOSE_PAREN inheritsClause?
      | PARTITION OF qualifiedName typedTableElements? partitionBoundSpec
      )
      SERVER colId relationGenericOptions?
    ;

importForeignSchemaStatement
    : IMPORT FOREIGN SCHEMA colId
      ((LIMIT TO | EXCEPT) OPEN_PAREN relationExpression (COMMA relationExpression)* CLOSE_PAREN)?
      FROM SERVER colId INTO colId relationGenericOptions?
    ;

// ---------------------------------------------------------------- ALTER TABLE and kin
alterTableStatement
    : ALTER TABLE (IF EXISTS)? relationExpression
      (alterTableCommands | partitionCommand | renameClause | RENAME CONSTRAINT colId TO colId | setSchemaClause)
    | ALTER FOREIGN TABLE (IF EXISTS)? relationExpression (alterTableCommands | renameClause | setSchemaClause)
    | ALTER (TABLE | INDEX | MATERIALIZED VIEW) ALL IN TABLESPACE colId (OWNED BY roleSpec (COMMA roleSpec)*)?
      SET TABLESPACE colId NOWAIT?
    | ALTER INDEX (IF EXISTS)? qualifiedName (alterTableCommands | RENAME TO colId)
    | ALTER INDEX qualifiedName (ATTACH PARTITION qualifiedName | dependsOnExtension)
    | ALTER SEQUENCE (IF EXISTS)? qualifiedName (sequenceOption+ | alterTableCommands | RENAME TO colId | setSchemaClause)
    | ALTER VIEW (IF EXISTS)? qualifiedName (alterTableCommands | renameClause | setSchemaClause)
    | ALTER MATERIALIZED VIEW (IF EXISTS)? qualifiedName (alterTableCommands | renameClause | setSchemaClause)
    | ALTER MATERIALIZED VIEW qualifiedName dependsOnExtension
    ;

relationExpression
    : qualifiedName STAR?
    | ONLY (qualifiedName | OPEN_PAREN qualifiedName CLOSE_PAREN)
    ;

// RENAME of a relation or of one of its columns.
renameClause
    : RENAME TO colId
    | RENAME COLUMN? colId TO colId
    ;

setSchemaClause
    : SET SCHEMA colId
    ;

dependsOnExtension
    : NO? DEPENDS ON EXTENSION colId
    ;

partitionCommand
    : ATTACH PARTITION qualifiedName partitionBoundSpec
    | DETACH PARTITION qualifiedName (CONCURRENTLY | FINALIZE)?
    ;

alterTableCommands
    : alterTableCommand (COMMA alterTableCommand)*
    ;

alterTableCommand
    : ADD COLUMN? (IF NOT EXISTS)? columnDefinition
    | ADD tableConstraint
    | ALTER COLUMN? colId alterColumnAction
    | ALTER COLUMN? INTEGER_LITERAL SET STATISTICS (signedInteger | DEFAULT)
    | DROP COLUMN? (IF EXISTS)? colId dropBehavior?
    | ALTER CONSTRAINT colId (alterableConstraintAttribute* | INHERIT)
    | VALIDATE CONSTRAINT colId
    | DROP CONSTRAINT (IF EXISTS)? colId dropBehavior?
    | SET WITHOUT (OIDS | CLUSTER)
    | CLUSTER ON colId
    | SET (LOGGED | UNLOGGED)
    | ENABLE (ALWAYS | REPLICA)? (TRIGGER | RULE) colId
    | (ENABLE | DISABLE) TRIGGER (ALL | USER)
    | DISABLE (TRIGGER | RULE) colId
    | NO? INHERIT qualifiedName
    | OF anyName
    | NOT OF
    | OWNER TO roleSpec
    | SET ACCESS METHOD (colId | DEFAULT)
    | SET TABLESPACE colId
    | (SET | RESET) relOptions
    | REPLICA IDENTITY (NOTHING | FULL | DEFAULT | USING INDEX colId)
    | (ENABLE | DISABLE | NO? FORCE) ROW LEVEL SECURITY
    | alterRelationGenericOptions
    ;

alterColumnAction
    : SET DEFAULT aExpr
    | DROP DEFAULT
    | (SET | DROP) NOT NULL
    | SET EXPRESSION AS OPEN_PAREN aExpr CLOSE_PAREN
    | DROP EXPRESSION (IF EXISTS)?
    | SET STATISTICS (signedInteger | DEFAULT)
    | (SET | RESET) relOptions
    | SET (STORAGE | COMPRESSION) (colId | DEFAULT)
    | ADD GENERATED identityKind AS IDENTITY (OPEN_PAREN sequenceOption+ CLOSE_PAREN)?
    | alterIdentityOption+
    | DROP IDENTITY (IF EXISTS)?
    | (SET DATA)? TYPE typeName (COLLATE anyName)? (USING aExpr)?
    | alterRelationGenericOptions
    ;

alterIdentityOption
    : RESTART (WITH? numericValue)?
    | SET sequenceOption
    | SET GENERATED identityKind
    ;

// ---------------------------------------------------------------- indexes
createIndexStatement
    : CREATE UNIQUE? INDEX CONCURRENTLY? (IF NOT EXISTS colId | colId)?
      ON relationExpression (USING colId)? OPEN_PAREN indexParameter (COMMA indexParameter)* CLOSE_PAREN
      (INCLUDE OPEN_PAREN indexParameter (COMMA indexParameter)* CLOSE_PAREN)?
      nullsDistinct? (WITH relOptions)? tablespaceClause? whereClause?
    ;

// A column or expression with its collation, operator class (and its options) and order.
indexParameter
    : (colId | functionCall | OPEN_PAREN aExpr CLOSE_PAREN) (COLLATE anyName)? (anyName relOptions?)?
      (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

// ---------------------------------------------------------------- views
createViewStatement
    : CREATE (OR REPLACE)? (tableScope | UNLOGGED)? (VIEW qualifiedName columnNameList? | RECURSIVE VIEW qualifiedName columnNameList)
      (WITH relOptions)? AS selectStatement (WITH (CASCADED | LOCAL)? CHECK OPTION)?
    ;

createMaterializedViewStatement
    : CREATE UNLOGGED? MATERIALIZED VIEW (IF NOT EXISTS)? qualifiedName columnNameList?
      tableAccessMethod? (WITH relOptions)? tablespaceClause? AS selectStatement withDataClause?
    ;

refreshMaterializedViewStatement
    : REFRESH MATERIALIZED VIEW CONCURRENTLY? qualifiedName withDataClause?
    ;

// ---------------------------------------------------------------- sequences
createSequenceStatement
    : CREATE (tableScope | UNLOGGED)? SEQUENCE (IF NOT EXISTS)? qualifiedName sequenceOption*
    ;

sequenceOption
    : AS simpleTypeName
    | CACHE numericValue
    | NO? CYCLE
    | INCREMENT BY? numericValue
    | LOGGED
    | UNLOGGED
    | (MAXVALUE | MINVALUE) numericValue
    | NO (MAXVALUE | MINVALUE)
    | OWNED BY anyName
    | SEQUENCE NAME anyName
    | START WITH? numericValue
    | RESTART (WITH? numericValue)?
    ;

// ---------------------------------------------------------------- triggers and rules
createTriggerStatement
    : CREATE (OR REPLACE)? TRIGGER colId (BEFORE | AFTER | INSTEAD OF) triggerEvent (OR triggerEvent)*
      ON qualifiedName (REFERENCING triggerTransition+)? (FOR EACH? (ROW | STATEMENT))?
      triggerWhen? triggerExecute
    | CREATE (OR REPLACE)? CONSTRAINT TRIGGER colId AFTER triggerEvent (OR triggerEvent)*
      ON qualifiedName (FROM qualifiedName)? triggerDeferral* FOR EACH ROW
      triggerWhen? triggerExecute
    ;

// Of the constraint attributes only those of deferral apply to a trigger.
triggerDeferral
    : NOT? DEFERRABLE
    | INITIALLY (IMMEDIATE | DEFERRED)
    ;

triggerEvent
    : INSERT
    | DELETE
    | UPDATE (OF colId (COMMA colId)*)?
    | TRUNCATE
    ;

triggerTransition
    : (NEW | OLD) (TABLE | ROW) AS? colId
    ;

triggerWhen
    : WHEN OPEN_PAREN aExpr CLOSE_PAREN
    ;

triggerExecute
    : EXECUTE (FUNCTION | PROCEDURE) functionName
      OPEN_PAREN (triggerArgument (COMMA triggerArgument)*)? CLOSE_PAREN
    ;

triggerArgument
    : INTEGER_LITERAL
    | NUMERIC_LITERAL
    | stringLiteral
    | colLabel
    ;

createRuleStatement
    : CREATE (OR REPLACE)? RULE colId AS ON (SELECT | UPDATE | DELETE | INSERT) TO qualifiedName
      whereClause? DO (INSTEAD | ALSO)? ruleActions
    ;

// Several actions in parentheses come first: "(SELECT 1)" is one of them, not a parenthesized query.
ruleActions
    : NOTHING
    | OPEN_PAREN ruleAction? (SEMI ruleAction?)* CLOSE_PAREN
    | ruleAction
    ;

// gram.y RuleActionStmt: no MERGE. The WITH clause comes first for the reason given at
// preparableStatement.
ruleAction
    : withClause? (selectQuery | insertStatement | updateStatement | deleteStatement)
    | notifyStatement
    ;

// ---------------------------------------------------------------- row security policies
createPolicyStatement
    : CREATE POLICY colId ON qualifiedName (AS identifier)?
      (FOR (ALL | SELECT | INSERT | UPDATE | DELETE))? policyRoles? policyUsing? policyCheck?
    ;

alterPolicyStatement
    : ALTER POLICY (IF EXISTS)? colId ON qualifiedName RENAME TO colId
    | ALTER POLICY colId ON qualifiedName policyRoles? policyUsing? policyCheck?
    ;

policyRoles
    : TO roleSpec (COMMA roleSpec)*
    ;

policyUsing
    : USING OPEN_PAREN aExpr CLOSE_PAREN
    ;

policyCheck
    : WITH CHECK OPEN_PAREN aExpr CLOSE_PAREN
    ;

// ---------------------------------------------------------------- extended statistics
createStatisticsStatement
    : CREATE STATISTICS (IF NOT EXISTS anyName | anyName)? columnNameList?
      ON statisticsElement (COMMA statisticsElement)* FROM tableRef (COMMA tableRef)*
    ;

statisticsElement
    : colId
    | functionCall
    | OPEN_PAREN aExpr CLOSE_PAREN
    ;

alterStatisticsStatement
    : ALTER STATISTICS (IF EXISTS)? anyName SET STATISTICS (signedInteger | DEFAULT)
    | ALTER STATISTICS anyName (RENAME TO colId | OWNER TO roleSpec | setSchemaClause)
    ;

// ---------------------------------------------------------------- TRUNCATE, LOCK
truncateStatement
    : TRUNCATE TABLE? relationExpression (COMMA relationExpression)*
      ((RESTART | CONTINUE) IDENTITY)? dropBehavior?
    ;

lockStatement
    : LOCK TABLE? relationExpression (COMMA relationExpression)*
      (IN lockMode MODE)? NOWAIT?
    ;

lockMode
    : ACCESS SHARE | ROW SHARE | ROW EXCLUSIVE | SHARE UPDATE EXCLUSIVE | SHARE
    | SHARE ROW EXCLUSIVE | EXCLUSIVE | ACCESS EXCLUSIVE
    ;

// ---------------------------------------------------------------- COPY
copyStatement
    : COPY BINARY? qualifiedName columnNameList? (FROM | TO) PROGRAM? copyFile
      (USING? DELIMITERS stringLiteral)? WITH? copyOptions whereClause?
    | COPY OPEN_PAREN preparableStatement CLOSE_PAREN TO PROGRAM? copyFile WITH? copyOptions
    ;

copyFile
    : stringLiteral
    | STDIN
    | STDOUT
    ;

// The options of old (bare words) or new style (parenthesized list).
copyOptions
    : copyLegacyOption*
    | OPEN_PAREN copyOption (COMMA copyOption)* CLOSE_PAREN
    ;

copyLegacyOption
    : BINARY
    | FREEZE
    | CSV
    | HEADER
    | (DELIMITER | NULL | QUOTE | ESCAPE) AS? stringLiteral
    | FORCE (QUOTE | NOT NULL | NULL) (STAR | colId (COMMA colId)*)
    | ENCODING stringLiteral
    ;

copyOption
    : colLabel copyOptionArgument?
    ;

copyOptionArgument
    : booleanOrString
    | numericValue
    | STAR
    | DEFAULT
    | OPEN_PAREN booleanOrString (COMMA booleanOrString)* CLOSE_PAREN
    ;

// gram.y opt_boolean_or_string
booleanOrString
    : TRUE
    | FALSE
    | ON
    | nonReservedWordOrString
    ;

// ---------------------------------------------------------------- VACUUM, ANALYZE, CLUSTER, REINDEX
vacuumStatement
    : VACUUM FULL? FREEZE? VERBOSE? analyzeKeyword? vacuumRelations?
    | VACUUM maintenanceOptions vacuumRelations?
    ;

analyzeStatement
    : analyzeKeyword VERBOSE? vacuumRelations?
    | analyzeKeyword maintenanceOptions vacuumRelations?
    ;

analyzeKeyword
    : ANALYZE
    | ANALYSE
    ;

vacuumRelations
    : vacuumRelation (COMMA vacuumRelation)*
    ;

vacuumRelation
    : relationExpression columnNameList?
    ;

// The parenthesized options of VACUUM, ANALYZE, CLUSTER and REINDEX (gram.y utility_option_list).
maintenanceOptions
    : OPEN_PAREN maintenanceOption (COMMA maintenanceOption)* CLOSE_PAREN
    ;

maintenanceOption
    : (nonReservedWord | analyzeKeyword) (booleanOrString | numericValue)?
    ;

clusterStatement
    : CLUSTER maintenanceOptions (qualifiedName (USING colId)?)?
    | CLUSTER VERBOSE? (qualifiedName (USING colId)?)?
    | CLUSTER VERBOSE? colId ON qualifiedName
    ;

reindexStatement
    : REINDEX maintenanceOptions? (INDEX | TABLE) CONCURRENTLY? qualifiedName
    | REINDEX maintenanceOptions? SCHEMA CONCURRENTLY? colId
    | REINDEX maintenanceOptions? (SYSTEM | DATABASE) CONCURRENTLY? colId?
    ;

// ---------------------------------------------------------------- COMMENT, SECURITY LABEL
commentStatement
    : COMMENT ON commentTarget IS (stringLiteral | NULL)
    ;

securityLabelStatement
    : SECURITY LABEL (FOR nonReservedWordOrString)? ON labelTarget IS (stringLiteral | NULL)
    ;

// The objects a comment is attached to (gram.y CommentStmt): those of a security label and more.
commentTarget
    : labelTarget
    | OPERATOR operatorName OPEN_PAREN (typeName | NONE) COMMA (typeName | NONE) CLOSE_PAREN
    | CONSTRAINT colId ON DOMAIN? anyName
    | (POLICY | RULE | TRIGGER) colId ON anyName
    | TRANSFORM FOR typeName LANGUAGE colId
    | OPERATOR (CLASS | FAMILY) anyName USING colId
    | CAST OPEN_PAREN typeName AS typeName CLOSE_PAREN
    ;

// The objects a security label is attached to (gram.y SecLabelStmt).
labelTarget
    : (TABLE | SEQUENCE | VIEW | MATERIALIZED VIEW | INDEX | FOREIGN TABLE | COLLATION | CONVERSION
      | STATISTICS | TEXT SEARCH (PARSER | DICTIONARY | TEMPLATE | CONFIGURATION)) anyName
    | COLUMN anyName
    | (ACCESS METHOD | EVENT TRIGGER | EXTENSION | FOREIGN DATA WRAPPER | PROCEDURAL? LANGUAGE | PUBLICATION
      | SCHEMA | SERVER | DATABASE | ROLE | SUBSCRIPTION | TABLESPACE) colId
    | (TYPE | DOMAIN) typeName
    | AGGREGATE functionName aggregateArguments
    | (FUNCTION | PROCEDURE | ROUTINE) functionReference
    | LARGE OBJECT numericValue
    ;
