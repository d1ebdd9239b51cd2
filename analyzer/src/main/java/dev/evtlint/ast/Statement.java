package dev.evtlint.ast;

import dev.evtlint.ast.Part.CommonTableExpression;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.Part.EventFilter;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.Parameter;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.RowLocking;
import dev.evtlint.ast.Part.TableRef;
import dev.evtlint.ast.Part.TypeRef;
import java.util.List;

/**
 * A SQL statement. Every statement knows its PostgreSQL command tag ({@code CREATE TABLE},
 * {@code GRANT}, {@code SELECT INTO}...), also one that did not parse ({@link Unparsed}).
 */
public sealed interface Statement extends Node {

    /** The command tag PostgreSQL reports for this statement (cmdtaglist.h). */
    String commandTag();

    record Select(SourceRange range, List<CommonTableExpression> with, List<Expr> targets, List<TableRef> from,
                  Expr where, List<Expr> otherExpressions, List<Select> setOperands, List<RowLocking> locking,
                  QualifiedName intoTable, Expr limit) implements Statement {
        public Select {
            with = Nodes.compact(with);
            targets = Nodes.compact(targets);
            from = Nodes.compact(from);
            otherExpressions = Nodes.compact(otherExpressions);
            setOperands = Nodes.compact(setOperands);
            locking = Nodes.compact(locking);
        }

        @Override
        public String commandTag() {
            return intoTable != null ? "SELECT INTO" : "SELECT";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(with, targets, from, where, otherExpressions, setOperands, locking, intoTable, limit);
        }
    }

    record Insert(SourceRange range, List<CommonTableExpression> with, QualifiedName table, List<Identifier> columns,
                  Select source, List<Expr> otherExpressions) implements Statement {
        public Insert {
            with = Nodes.compact(with);
            columns = Nodes.compact(columns);
            otherExpressions = Nodes.compact(otherExpressions);
        }

        @Override
        public String commandTag() {
            return "INSERT";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(with, table, columns, source, otherExpressions);
        }
    }

    record Update(SourceRange range, List<CommonTableExpression> with, QualifiedName table, List<Expr> values,
                  List<TableRef> from, Expr where, List<Expr> returning) implements Statement {
        public Update {
            with = Nodes.compact(with);
            values = Nodes.compact(values);
            from = Nodes.compact(from);
            returning = Nodes.compact(returning);
        }

        @Override
        public String commandTag() {
            return "UPDATE";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(with, table, values, from, where, returning);
        }
    }

    record Delete(SourceRange range, List<CommonTableExpression> with, QualifiedName table, List<TableRef> using,
                  Expr where, List<Expr> returning) implements Statement {
        public Delete {
            with = Nodes.compact(with);
            using = Nodes.compact(using);
            returning = Nodes.compact(returning);
        }

        @Override
        public String commandTag() {
            return "DELETE";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(with, table, using, where, returning);
        }
    }

    /**
     * CREATE [OR REPLACE] FUNCTION or PROCEDURE. {@code securityDefiner} is the range of
     * {@code SECURITY DEFINER}, or null for SECURITY INVOKER (the default).
     */
    record CreateFunction(SourceRange range, boolean orReplace, boolean procedure, QualifiedName name,
                          List<Parameter> parameters, TypeRef returnType, String language, String volatility,
                          SourceRange securityDefiner, List<ConfigSetting> settings, FunctionBody body)
            implements Statement {
        @Override
        public String commandTag() {
            return procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, parameters, returnType, settings, body);
        }
    }

    /**
     * ALTER FUNCTION/PROCEDURE/ROUTINE; the fields not changed by the statement are null or empty.
     * {@code parameters} is null when the statement names the routine without an argument list;
     * {@code resets} are the parameters of its RESET options in lower case, {@code all} for RESET ALL.
     */
    record AlterFunction(SourceRange range, String objectKind, QualifiedName name, List<Parameter> parameters,
                         Boolean securityDefiner, List<ConfigSetting> settings, List<String> resets,
                         Identifier newName, Identifier newSchema, Identifier newOwner) implements Statement {
        @Override
        public String commandTag() {
            return "ALTER " + objectKind;
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, parameters, settings, newName, newSchema, newOwner);
        }
    }

    record Do(SourceRange range, String language, FunctionBody body) implements Statement {
        @Override
        public String commandTag() {
            return "DO";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(body);
        }
    }

    record Call(SourceRange range, Expr.FunctionCall call) implements Statement {
        @Override
        public String commandTag() {
            return "CALL";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(call);
        }
    }

    /** CREATE EVENT TRIGGER; {@code when} is the range of the WHEN keyword, null without a filter. */
    record CreateEventTrigger(SourceRange range, Identifier name, Identifier event, SourceRange when,
                              List<EventFilter> filters, QualifiedName function) implements Statement {
        @Override
        public String commandTag() {
            return "CREATE EVENT TRIGGER";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, event, filters, function);
        }
    }

    /** The actions of ALTER EVENT TRIGGER. */
    enum EventTriggerAction { ENABLE, ENABLE_REPLICA, ENABLE_ALWAYS, DISABLE, OWNER, RENAME }

    record AlterEventTrigger(SourceRange range, Identifier name, EventTriggerAction action, Identifier newName)
            implements Statement {
        @Override
        public String commandTag() {
            return "ALTER EVENT TRIGGER";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, newName);
        }
    }

    record DropEventTrigger(SourceRange range, boolean ifExists, List<Identifier> names, boolean cascade)
            implements Statement {
        @Override
        public String commandTag() {
            return "DROP EVENT TRIGGER";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(names);
        }
    }

    /**
     * DROP of functions, tables, schemas, extensions, roles and other objects; {@code objectKind} is
     * the kind in upper case (FUNCTION, MATERIALIZED VIEW...). For routines (FUNCTION, PROCEDURE,
     * ROUTINE, AGGREGATE), {@code routines} holds each name with its argument list; it is empty for
     * other objects.
     */
    record DropObject(SourceRange range, String objectKind, boolean ifExists, List<QualifiedName> names,
                      boolean cascade, List<Part.RoutineRef> routines) implements Statement {
        @Override
        public String commandTag() {
            return "DROP " + objectKind;
        }

        @Override
        public List<Node> children() {
            return Nodes.of(names);
        }
    }

    record CreateTable(SourceRange range, QualifiedName name, boolean temporary, boolean ifNotExists, Select asQuery)
            implements Statement {
        @Override
        public String commandTag() {
            return asQuery != null ? "CREATE TABLE AS" : "CREATE TABLE";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, asQuery);
        }
    }

    /**
     * CREATE or ALTER of a role ({@code CREATE USER} and {@code CREATE GROUP} create roles too).
     * {@code role} is null for an ALTER that names no single role; {@code superuser} is what the
     * statement says of the SUPERUSER attribute, null when it says nothing (a role is created
     * without it).
     */
    record RoleStatement(SourceRange range, String commandTag, Identifier role, Boolean superuser) implements Statement {
        @Override
        public List<Node> children() {
            return Nodes.of(role);
        }
    }

    /**
     * GRANT or REVOKE of privileges on objects, or of role membership ({@code roleMembership}; tags
     * GRANT ROLE and REVOKE ROLE).
     */
    record Grant(SourceRange range, boolean revoke, boolean roleMembership, List<String> privileges,
                 String objectKind, List<Node> objects, List<Identifier> grantees) implements Statement {
        @Override
        public String commandTag() {
            return (revoke ? "REVOKE" : "GRANT") + (roleMembership ? " ROLE" : "");
        }

        @Override
        public List<Node> children() {
            return Nodes.of(objects, grantees);
        }
    }

    /** SET, SET LOCAL, and RESET of a configuration parameter. */
    record SetConfig(SourceRange range, boolean reset, boolean local, String parameter, List<Expr> values)
            implements Statement {
        @Override
        public String commandTag() {
            return reset ? "RESET" : "SET";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(values);
        }
    }

    /** LOCK TABLE; {@code mode} is upper case, ACCESS EXCLUSIVE when none is given. */
    record Lock(SourceRange range, List<QualifiedName> tables, String mode, boolean noWait) implements Statement {
        @Override
        public String commandTag() {
            return "LOCK TABLE";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(tables);
        }
    }

    /** CREATE EXTENSION: which extension the script installs. */
    record CreateExtension(SourceRange range, Identifier name) implements Statement {
        @Override
        public String commandTag() {
            return "CREATE EXTENSION";
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name);
        }
    }

    /** A statement that parsed but whose details no analysis needs yet: only its tag and its expressions. */
    record Other(SourceRange range, String commandTag, List<Node> parts) implements Statement {
        @Override
        public List<Node> children() {
            return parts;
        }
    }

    /**
     * A statement evtlint could not parse, with the command tag read from its leading keywords;
     * {@code syntaxError} says whether it was reported as EVT000 (dynamic SQL of which only the start
     * is known is not).
     */
    record Unparsed(SourceRange range, String commandTag, boolean syntaxError) implements Statement {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }
}
