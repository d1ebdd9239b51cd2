/*
 * Session, transaction and other utility commands for PostgreSqlParser (imported): SET,
 * RESET, BEGIN/COMMIT/ROLLBACK, NOTIFY, LISTEN (gram.y VariableSetStmt, TransactionStmt...).
 */
parser grammar SqlUtility;

utilityStatement
    : setStatement
    | setConstraintsStatement
    | resetStatement
    | showStatement
    | alterSystemStatement
    | transactionStatement
    | notifyStatement
    | listenStatement
    | declareCursorStatement
    | fetchStatement
    | closeStatement
    | prepareStatement
    | executeStatement
    | deallocateStatement
    | loadStatement
    | discardStatement
    | checkpointStatement
    ;

// ---------------------------------------------------------------- session and transactions
setStatement
    : SET (SESSION | LOCAL)? setRest
    ;

setRest
    : TRANSACTION transactionMode (COMMA? transactionMode)*
    | SESSION CHARACTERISTICS AS TRANSACTION transactionMode (COMMA? transactionMode)*
    | setRestMore
    ;

// gram.y set_rest_more: what SET takes for one parameter, and all a function's SET clause takes.
setRestMore
    : qualifiedName (TO | EQUALS) (setValueList | DEFAULT)
    | qualifiedName FROM CURRENT
    | TIME ZONE timeZoneValue
    | CATALOG stringLiteral
    | SCHEMA stringLiteral
    | NAMES (stringLiteral | DEFAULT)?
    | ROLE nonReservedWordOrString
    | SESSION AUTHORIZATION (nonReservedWordOrString | DEFAULT)
    | XML OPTION (DOCUMENT | CONTENT)
    | TRANSACTION SNAPSHOT stringLiteral
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

// gram.y zone_value: a name, a number, or an interval literal (SET TIME ZONE INTERVAL '-08:00' HOUR TO MINUTE).
timeZoneValue
    : setValue
    | INTERVAL stringLiteral intervalQualifier?
    | INTERVAL OPEN_PAREN INTEGER_LITERAL CLOSE_PAREN stringLiteral
    | LOCAL
    | DEFAULT
    ;

setConstraintsStatement
    : SET CONSTRAINTS (ALL | qualifiedName (COMMA qualifiedName)*) (DEFERRED | IMMEDIATE)
    ;

resetStatement
    : RESET resetRest
    ;

resetRest
    : qualifiedName | TIME ZONE | TRANSACTION ISOLATION LEVEL | SESSION AUTHORIZATION | ALL
    ;

showStatement
    : SHOW (qualifiedName | TIME ZONE | TRANSACTION ISOLATION LEVEL | SESSION AUTHORIZATION | ALL)
    ;

alterSystemStatement
    : ALTER SYSTEM SET qualifiedName (TO | EQUALS) (setValueList | DEFAULT)
    | ALTER SYSTEM RESET (qualifiedName | ALL)
    ;

transactionStatement
    : (BEGIN (WORK | TRANSACTION)? | START TRANSACTION) (transactionMode (COMMA? transactionMode)*)?
    | (COMMIT | END | ABORT | ROLLBACK) (WORK | TRANSACTION)? (AND NO? CHAIN)?
    | SAVEPOINT colId
    | RELEASE SAVEPOINT? colId
    | ROLLBACK (WORK | TRANSACTION)? TO SAVEPOINT? colId
    | PREPARE TRANSACTION stringLiteral
    | (COMMIT | ROLLBACK) PREPARED stringLiteral
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

// ---------------------------------------------------------------- cursors and prepared statements
declareCursorStatement
    : DECLARE colId (NO SCROLL | SCROLL | BINARY | ASENSITIVE | INSENSITIVE)* CURSOR ((WITH | WITHOUT) HOLD)?
      FOR selectStatement
    ;

// FETCH and MOVE share their arguments (gram.y fetch_args).
fetchStatement
    : (FETCH | MOVE) fetchDirection? colId
    ;

fetchDirection
    : (FROM | IN)
    | (NEXT | PRIOR | FIRST | LAST | ALL | FORWARD | BACKWARD) (FROM | IN)?
    | (ABSOLUTE | RELATIVE | FORWARD | BACKWARD)? signedInteger (FROM | IN)?
    | (FORWARD | BACKWARD) ALL (FROM | IN)?
    ;

closeStatement
    : CLOSE (colId | ALL)
    ;

prepareStatement
    : PREPARE colId (OPEN_PAREN typeName (COMMA typeName)* CLOSE_PAREN)? AS preparableStatement
    ;

executeStatement
    : EXECUTE colId (OPEN_PAREN aExpr (COMMA aExpr)* CLOSE_PAREN)?
    ;

deallocateStatement
    : DEALLOCATE PREPARE? (colId | ALL)
    ;

// ---------------------------------------------------------------- other utility commands
loadStatement
    : LOAD stringLiteral
    ;

discardStatement
    : DISCARD (ALL | TEMP | TEMPORARY | PLANS | SEQUENCES)
    ;

checkpointStatement
    : CHECKPOINT
    ;
