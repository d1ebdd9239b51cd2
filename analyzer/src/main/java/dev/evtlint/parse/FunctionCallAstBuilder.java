package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser;
import dev.evtlint.grammar.PostgreSqlParser.FunctionApplicationContext;
import dev.evtlint.grammar.PostgreSqlParser.FunctionArgumentContext;
import dev.evtlint.grammar.PostgreSqlParser.FunctionArgumentsContext;
import dev.evtlint.grammar.PostgreSqlParser.SpecialFunctionContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Function calls of every syntax (SqlQueries.g4 functionCall): f(args), the special forms with
 * keywords (SUBSTRING(s FROM a FOR b), POSITION(a IN b)) as the functions they call, and the
 * SQL-standard ones (JSON_OBJECT, XMLELEMENT...).
 */
final class FunctionCallAstBuilder {
    private final SqlAstBuilder ast;

    FunctionCallAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    Expr.FunctionCall application(FunctionApplicationContext ctx) {
        List<Expr> arguments = new ArrayList<>();
        boolean star = false;
        boolean positional = true;
        FunctionArgumentsContext args = ctx.functionArguments();
        if (args != null) {
            star = args.STAR() != null;
            positional = args.VARIADIC() == null;
            for (FunctionArgumentContext argument : args.functionArgument()) {
                arguments.add(ast.expressions.visit(argument.aExpr()));
                positional &= argument.paramName() == null;
            }
        }
        return new Expr.FunctionCall(ast.range(ctx), ast.names.qualifiedName(ctx.functionName()), arguments, star, positional);
    }

    /** The call with the range of its WITHIN GROUP, FILTER and OVER clauses ({@code ctx}) too. */
    Expr withWindow(ParserRuleContext ctx, Expr application) {
        Expr.FunctionCall call = (Expr.FunctionCall) application;
        return new Expr.FunctionCall(ast.range(ctx), call.name(), call.arguments(), call.star(), call.positionalArguments());
    }

    /** A call with keyword syntax, {@code ctx} being the whole call; CAST and TREAT are casts. */
    Expr special(SpecialFunctionContext special, ParserRuleContext ctx) {
        String keyword = special.getStart().getText().toLowerCase(Locale.ROOT);
        String name = switch (keyword) {
            case "collation" -> "pg_collation_for";
            case "user" -> "current_user";
            case "extract" -> "date_part";
            case "trim" -> "btrim";
            case "position" -> "strpos";
            case "cast", "treat" -> null;
            default -> keyword;
        };
        if (name == null) {
            return new Expr.Cast(ast.range(ctx), ast.expressions.visit(special.aExpr(0)), ast.names.type(special.typeName()));
        }
        List<ParserRuleContext> operands = new ArrayList<>(special.aExpr());
        operands.addAll(special.bExpr());
        if (special.functionArguments() != null) {
            special.functionArguments().functionArgument().forEach(a -> operands.add(a.aExpr()));
        }
        operands.sort((a, b) -> Integer.compare(a.getStart().getTokenIndex(), b.getStart().getTokenIndex()));
        // the functions' argument order: strpos(string, substring), substring(string, from, for)
        TerminalNode forWord = special.getToken(PostgreSqlParser.FOR, 0);
        TerminalNode fromWord = special.getToken(PostgreSqlParser.FROM, 0);
        if (keyword.equals("position")) {
            Collections.swap(operands, 0, 1);
        } else if (keyword.equals("substring") && forWord != null && fromWord != null
                && forWord.getSymbol().getTokenIndex() < fromWord.getSymbol().getTokenIndex()) {
            Collections.swap(operands, 1, 2);
        }
        return call(ctx, name, operands);
    }

    /**
     * A function with SQL-standard syntax (JSON_OBJECT, XMLELEMENT, JSON_TABLE...) as a call of the
     * function named by its keyword, its arguments the expressions in it in order.
     */
    Expr.FunctionCall sqlStandardCall(ParserRuleContext ctx) {
        List<Expr> arguments = new ArrayList<>();
        for (Node part : ast.parts.partsOf(ctx)) {
            if (part instanceof Expr expr) {
                arguments.add(expr);
            } else if (part instanceof Statement.Select query) {
                arguments.add(new Expr.Subquery(query.range(), Expr.SubqueryKind.SCALAR, null, query));
            }
        }
        return new Expr.FunctionCall(ast.range(ctx), ast.names.keywordName(ctx.getStart()), arguments, false);
    }

    /** A call of {@code name}, written with the keyword that starts {@code ctx}. */
    Expr call(ParserRuleContext ctx, String name, List<? extends ParserRuleContext> arguments) {
        QualifiedName function = new QualifiedName(ast.range(ctx.getStart()),
                List.of(new Identifier(ast.range(ctx.getStart()), name, false)));
        return new Expr.FunctionCall(ast.range(ctx), function, arguments.stream().map(ast.expressions::visit).toList(), false);
    }
}
