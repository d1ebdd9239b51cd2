package dev.evtlint.ast;

import dev.evtlint.ast.Part.CaseWhen;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.TypeRef;
import java.util.List;

/** A value expression (gram.y a_expr). */
public sealed interface Expr extends Node {

    /** A column or variable reference: {@code x}, {@code t.x}, {@code s.t.x}. */
    record ColumnRef(SourceRange range, List<Identifier> names) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(names);
        }

        public String lastName() {
            return names.get(names.size() - 1).name();
        }

        public boolean isSimple(String name) {
            return names.size() == 1 && names.get(0).name().equals(name);
        }
    }

    enum LiteralKind { STRING, INTEGER, NUMERIC, BOOLEAN, NULL, BIT_STRING, TYPED }

    /** A constant; for strings {@code value} is the string's value, quotes and escapes resolved. */
    record Literal(SourceRange range, LiteralKind kind, String value) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /**
     * A function call, including the SQL-standard functions with their own syntax
     * ({@code current_user}, {@code EXTRACT}, {@code COALESCE}...) under their PostgreSQL name.
     */
    /**
     * A function call; {@code positionalArguments} is false when some argument is passed by name
     * ({@code f(level => 'info')}) or with {@code VARIADIC}: then the arguments do not line up with
     * the parameters by position.
     */
    record FunctionCall(SourceRange range, QualifiedName name, List<Expr> arguments, boolean star,
                        boolean positionalArguments) implements Expr {
        public FunctionCall {
            arguments = Nodes.compact(arguments);
        }

        /** A call whose arguments go to the parameters in order. */
        public FunctionCall(SourceRange range, QualifiedName name, List<Expr> arguments, boolean star) {
            this(range, name, arguments, star, true);
        }

        @Override
        public List<Node> children() {
            return Nodes.of(name, arguments);
        }

        /** True when this calls {@code function} (unqualified, or qualified with pg_catalog). */
        public boolean calls(String function) {
            String schema = name.schema();
            return name.name().equals(function) && (schema == null || schema.equals("pg_catalog"));
        }
    }

    record Cast(SourceRange range, Expr operand, TypeRef type) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(operand, type);
        }
    }

    /**
     * An operator applied to operands: arithmetic, comparison, {@code ||}, user-defined operators,
     * and the keyword forms LIKE, BETWEEN, IN (list), IS [NOT] NULL/TRUE/FALSE/DISTINCT FROM.
     * {@code operator} is the symbol or the upper-case keywords ({@code "IS NOT NULL"}).
     */
    record Operator(SourceRange range, String operator, List<Expr> operands) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(operands);
        }
    }

    enum BoolOperator { AND, OR, NOT }

    record Bool(SourceRange range, BoolOperator operator, List<Expr> operands) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(operands);
        }
    }

    enum SubqueryKind { SCALAR, EXISTS, ARRAY, IN, ANY, ALL }

    /** A subquery used as a value; {@code left} is the tested value of IN/ANY/ALL. */
    record Subquery(SourceRange range, SubqueryKind kind, Expr left, Statement.Select query) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(left, query);
        }
    }

    record Case(SourceRange range, Expr operand, List<CaseWhen> whens, Expr otherwise) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(operand, whens, otherwise);
        }
    }

    /** A positional parameter {@code $n}. */
    record Param(SourceRange range, int number) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    enum CollectionKind { ARRAY, ROW }

    record Collection(SourceRange range, CollectionKind kind, List<Expr> elements) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(elements);
        }
    }

    /** Subscripts and field selection applied to a value: {@code (x).f}, {@code a[1]}. */
    record Indirection(SourceRange range, Expr base, List<Expr> subscripts) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(base, subscripts);
        }
    }

    /** {@code DEFAULT} in a VALUES list or SET clause. */
    record Default(SourceRange range) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }
}
