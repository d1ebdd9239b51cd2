package dev.evtlint.ast;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Nodes that are parts of statements and expressions: names, types, clauses. */
public sealed interface Part extends Node {

    /** A name as PostgreSQL sees it: folded to lower case unless it was quoted. */
    record Identifier(SourceRange range, String name, boolean quoted) implements Part {
        @Override
        public List<Node> children() {
            return List.of();
        }

        public static String fold(String unquoted) {
            return unquoted.toLowerCase(Locale.ROOT);
        }
    }

    /** A possibly schema-qualified name, {@code schema.name} or just {@code name}. */
    record QualifiedName(SourceRange range, List<Identifier> parts) implements Part {
        public QualifiedName {
            parts = Nodes.compact(parts);
        }

        @Override
        public List<Node> children() {
            return Nodes.of(parts);
        }

        /** The last part: the object's own name. */
        public String name() {
            return parts.get(parts.size() - 1).name();
        }

        /** The schema when the name is qualified, or null. */
        public String schema() {
            return parts.size() >= 2 ? parts.get(parts.size() - 2).name() : null;
        }

        @Override
        public String toString() {
            return parts.stream().map(Identifier::name).collect(Collectors.joining("."));
        }
    }

    /** A type as written, normalised to PostgreSQL's spelling in lower case ({@code timestamp with time zone}). */
    record TypeRef(SourceRange range, String name, boolean setOf, int arrayDimensions) implements Part {
        @Override
        public List<Node> children() {
            return List.of();
        }

        public boolean is(String typeName) {
            return arrayDimensions == 0 && !setOf && name.equals(typeName);
        }
    }

    /** A function parameter; mode is IN, OUT, INOUT or VARIADIC. */
    record Parameter(SourceRange range, String mode, Identifier name, TypeRef type, Expr defaultValue) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(name, type, defaultValue);
        }
    }

    /**
     * A routine as DROP names it: {@code f(integer, text)}, or just {@code f}, then
     * {@code parameters} is null (PostgreSQL then wants exactly one routine of that name).
     */
    record RoutineRef(SourceRange range, QualifiedName name, List<Parameter> parameters) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(name, parameters);
        }
    }

    /** {@code SET name TO value} or {@code SET name FROM CURRENT} in a function definition. */
    record ConfigSetting(SourceRange range, QualifiedName name, List<Expr> values, boolean fromCurrent) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(name, values);
        }
    }

    /** {@code tag IN ('CREATE TABLE', ...)} of CREATE EVENT TRIGGER. */
    record EventFilter(SourceRange range, Identifier variable, List<Expr.Literal> values) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(variable, values);
        }
    }

    /** {@code name AS (query)} of a WITH clause. */
    record CommonTableExpression(SourceRange range, Identifier name, Statement query) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(name, query);
        }
    }

    /** {@code FOR UPDATE/NO KEY UPDATE/SHARE/KEY SHARE [NOWAIT | SKIP LOCKED]}. */
    record RowLocking(SourceRange range, String strength, String waitPolicy) implements Part {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code WHEN condition THEN result} of a CASE expression. */
    record CaseWhen(SourceRange range, Expr condition, Expr result) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(condition, result);
        }
    }

    /** An item of a FROM clause. */
    sealed interface TableRef extends Part {
    }

    /**
     * An index a table is declared with, by its plain columns in order: a PRIMARY KEY or UNIQUE
     * constraint ({@code unique}), or CREATE [UNIQUE] INDEX, of which only the leading plain columns
     * are kept: none for a partial index or one that starts with an expression.
     */
    record IndexKey(SourceRange range, List<Identifier> columns, boolean unique) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(columns);
        }
    }

    record RelationRef(SourceRange range, QualifiedName name, Identifier alias) implements TableRef {
        @Override
        public List<Node> children() {
            return Nodes.of(name, alias);
        }
    }

    record FunctionTableRef(SourceRange range, List<Expr.FunctionCall> functions, Identifier alias) implements TableRef {
        @Override
        public List<Node> children() {
            return Nodes.of(functions, alias);
        }
    }

    record SubqueryRef(SourceRange range, Statement.Select query, Identifier alias) implements TableRef {
        @Override
        public List<Node> children() {
            return Nodes.of(query, alias);
        }
    }

    record JoinRef(SourceRange range, TableRef left, TableRef right, Expr condition) implements TableRef {
        @Override
        public List<Node> children() {
            return Nodes.of(left, right, condition);
        }
    }

    /** The body of a function, procedure or DO block. */
    sealed interface FunctionBody extends Part {
    }

    /**
     * A PL/pgSQL body; {@code block} is null when the body does not parse (a syntax error says why).
     * {@code lineComments} are the body's {@code --} comments, as its scanner skipped them.
     */
    record PlPgSqlBody(SourceRange range, PlStatement.Block block, List<LineComment> lineComments) implements FunctionBody {
        public PlPgSqlBody {
            lineComments = List.copyOf(lineComments);
        }

        @Override
        public List<Node> children() {
            return Nodes.of(block);
        }
    }

    /** A SQL-standard body: {@code RETURN expr} or {@code BEGIN ATOMIC ... END}. */
    record SqlStandardBody(SourceRange range, List<Statement> statements) implements FunctionBody {
        @Override
        public List<Node> children() {
            return Nodes.of(statements);
        }
    }

    /**
     * A LANGUAGE sql body written as a string: its statements, parsed without reporting syntax
     * errors (evtlint reads them for what they do, positions in the file kept).
     */
    record SqlFunctionBody(SourceRange range, List<Statement> statements) implements FunctionBody {
        @Override
        public List<Node> children() {
            return Nodes.of(statements);
        }
    }

    /** A body evtlint does not look into: another language, or a C symbol ({@code AS 'MODULE_PATHNAME', 'f'}). */
    record OpaqueBody(SourceRange range, String text) implements FunctionBody {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** A PL/pgSQL variable, alias or cursor declaration. */
    record PlDeclaration(SourceRange range, Identifier name, String kind, String typeText, boolean constant, Expr initialValue)
            implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(name, initialValue);
        }
    }

    /** One branch of IF/ELSIF or of a PL/pgSQL CASE: a condition and the statements it guards. */
    record PlBranch(SourceRange range, Expr condition, List<PlStatement> body) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(condition, body);
        }
    }

    /** {@code WHEN condition [OR ...] THEN statements} of an EXCEPTION section. */
    record PlExceptionHandler(SourceRange range, List<String> conditions, List<PlStatement> body) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(body);
        }
    }

    /** {@code USING option = expression} of RAISE. */
    record PlRaiseOption(SourceRange range, String option, Expr value) implements Part {
        @Override
        public List<Node> children() {
            return Nodes.of(value);
        }
    }
}
