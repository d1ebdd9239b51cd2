/*
 * Tables and what hangs on them, for PostgreSqlParser (imported): CREATE/ALTER TABLE,
 * TRUNCATE, LOCK, COMMENT (gram.y CreateStmt, AlterTableStmt...).
 */
parser grammar SqlTableDdl;

tableStatement
    : createTableStatement
    | alterTableOwnerStatement
    | truncateStatement
    | lockStatement
    | commentStatement
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
