/*
 * Session, transaction and other utility commands for PostgreSqlParser (imported): SET,
 * RESET, BEGIN/COMMIT/ROLLBACK, NOTIFY, LISTEN (gram.y VariableSetStmt, TransactionStmt...).
 */
parser grammar SqlUtility;

utilityStatement
    : setStatement
    | resetStatement
    | transactionStatement
    | notifyStatement
    | listenStatement
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
