package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser.NonReservedWordOrStringContext;
import dev.evtlint.grammar.PostgreSqlParser.ResetRestContext;
import dev.evtlint.grammar.PostgreSqlParser.ResetStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.SetRestContext;
import dev.evtlint.grammar.PostgreSqlParser.SetRestMoreContext;
import dev.evtlint.grammar.PostgreSqlParser.SetStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.SetValueContext;
import dev.evtlint.grammar.PostgreSqlParser.SetValueListContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Session and utility commands (SqlUtility.g4): SET and RESET of configuration parameters, whose
 * forms routine options (SET x FROM CURRENT, RESET x) share. The others are kept by their command tag.
 */
final class UtilityAstBuilder extends StatementAstBuilder {

    UtilityAstBuilder(SqlAstBuilder ast) {
        super(ast);
    }

    @Override
    public Statement visitSetStatement(SetStatementContext ctx) {
        SetRestContext rest = ctx.setRest();
        boolean local = ctx.LOCAL() != null;
        SetRestMoreContext setting = rest.setRestMore();
        if (setting == null) {
            return new Statement.SetConfig(ast.range(ctx), false, local, "transaction", ast.parts.expressionsOf(rest));
        }
        return new Statement.SetConfig(ast.range(ctx), false, local, parameterName(setting), settingValues(setting));
    }

    @Override
    public Statement visitResetStatement(ResetStatementContext ctx) {
        ResetRestContext rest = ctx.resetRest();
        String parameter = rest.qualifiedName() != null ? ast.names.qualifiedName(rest.qualifiedName()).toString()
                : SqlAstBuilder.words(rest, 0);
        return new Statement.SetConfig(ast.range(ctx), true, false, parameter, List.of());
    }

    /** The parameter a SET form sets: its name, or the one its special syntax stands for (SET TIME ZONE: timezone). */
    String parameterName(SetRestMoreContext ctx) {
        if (ctx.qualifiedName() != null) {
            return ast.names.qualifiedName(ctx.qualifiedName()).toString();
        }
        return ctx.TIME() != null ? "timezone" : ctx.ROLE() != null ? "role"
                : ctx.AUTHORIZATION() != null ? "session_authorization" : ctx.SCHEMA() != null ? "search_path"
                : ctx.NAMES() != null ? "client_encoding" : ctx.XML() != null ? "xmloption"
                : ctx.CATALOG() != null ? "catalog" : "transaction_snapshot";
    }

    /** The parameter RESET names, in lower case as SET names it; {@code all} for RESET ALL. */
    String resetParameter(ResetRestContext ctx) {
        if (ctx.qualifiedName() != null) {
            return ast.names.qualifiedName(ctx.qualifiedName()).toString();
        }
        return ctx.ALL() != null ? "all" : ctx.TIME() != null ? "timezone"
                : ctx.SESSION() != null ? "session_authorization" : "transaction_isolation";
    }

    List<Expr> settingValues(SetRestMoreContext ctx) {
        if (ctx.qualifiedName() != null) {
            return ctx.setValueList() == null ? List.of() : setValues(ctx.setValueList());
        }
        NonReservedWordOrStringContext role = ctx.nonReservedWordOrString();
        if (role != null) {
            // SET ROLE and SET SESSION AUTHORIZATION: the role's name (NONE for no role); DEFAULT gives none.
            return List.of(role.stringLiteral() != null ? ast.names.stringLiteral(role.stringLiteral())
                    : new Expr.ColumnRef(ast.range(role), List.of(ast.names.identifier(role.nonReservedWord()))));
        }
        return ast.parts.expressionsOf(ctx);
    }

    private List<Expr> setValues(SetValueListContext ctx) {
        List<Expr> values = new ArrayList<>();
        for (SetValueContext value : ctx.setValue()) {
            if (value.stringLiteral() != null) {
                values.add(ast.names.stringLiteral(value.stringLiteral()));
            } else if (value.signedNumber() != null) {
                values.add(new Expr.Literal(ast.range(value), Expr.LiteralKind.NUMERIC, value.getText()));
            } else if (value.nonReservedWord() != null) {
                values.add(new Expr.ColumnRef(ast.range(value), List.of(ast.names.identifier(value.nonReservedWord()))));
            } else {
                Identifier word = new Identifier(ast.range(value), Identifier.fold(value.getText()), false);
                values.add(new Expr.ColumnRef(ast.range(value), List.of(word)));
            }
        }
        return values;
    }
}
