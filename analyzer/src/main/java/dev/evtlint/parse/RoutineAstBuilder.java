package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.Parameter;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.TypeRef;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser;
import dev.evtlint.grammar.PostgreSqlParser.*;
import dev.evtlint.grammar.PostgreSqlParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.RuleNode;

/**
 * Functions, procedures, DO and CALL (the routine part of SqlObjectDdl.g4): their names,
 * parameters and options, and their bodies, cut from the string literal that holds them and
 * parsed in their language with positions in the file.
 */
final class RoutineAstBuilder {
    private final SqlAstBuilder ast;

    RoutineAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    Statement.CreateFunction createFunction(CreateFunctionStatementContext ctx) {
        boolean procedure = ctx.PROCEDURE() != null;
        List<Parameter> parameters = ctx.functionParameter().stream().map(this::parameter).toList();
        TypeRef returns = null;
        if (ctx.functionReturns() instanceof ReturnsTypeContext r) {
            returns = ast.names.type(r.typeName());
        } else if (ctx.functionReturns() instanceof ReturnsTableContext t) {
            returns = new TypeRef(ast.range(t), "table", true, 0);
        }
        FunctionOptions options = new FunctionOptions("sql");
        options.addAll(ctx.functionOption());
        FunctionBody body = options.body();
        if (ctx.sqlBody() != null) {
            body = sqlStandardBody(ctx.sqlBody());
        }
        return new Statement.CreateFunction(ast.range(ctx), ctx.REPLACE() != null, procedure, ast.names.qualifiedName(ctx.functionName()),
                parameters, returns, options.language, options.volatility, options.securityDefiner, options.settings, body);
    }

    private FunctionBody sqlStandardBody(SqlBodyContext ctx) {
        List<Statement> statements = new ArrayList<>();
        if (ctx.RETURN() != null) {
            statements.add(returnStatement(ctx, ctx.aExpr()));
        } else {
            for (SqlBodyStatementContext s : ctx.sqlBodyStatement()) {
                statements.add(s.statement() != null ? ast.statement(s.statement()) : returnStatement(s, s.aExpr()));
            }
        }
        return new Part.SqlStandardBody(ast.range(ctx), statements);
    }

    /** RETURN expr of a SQL-standard body, read as the SELECT expr it evaluates. */
    private Statement.Select returnStatement(ParserRuleContext ctx, AExprContext returned) {
        return new Statement.Select(ast.range(ctx), List.of(), List.of(ast.expressions.expression(returned)),
                List.of(), null, List.of(), List.of(), List.of(), null, null);
    }

    /** Collects CREATE/ALTER FUNCTION options; the body is parsed once the language is known. */
    private final class FunctionOptions extends PostgreSqlParserBaseVisitor<Void> {
        String language;
        String volatility = "VOLATILE";
        SourceRange securityDefiner;
        Boolean definer;
        final List<ConfigSetting> settings = new ArrayList<>();
        final List<String> resets = new ArrayList<>();
        FunctionBodyLiteralContext bodyLiteral;

        FunctionOptions(String defaultLanguage) {
            this.language = defaultLanguage;
        }

        void addAll(List<FunctionOptionContext> options) {
            options.forEach(this::visit);
        }

        @Override
        public Void visitBodyOption(BodyOptionContext ctx) {
            bodyLiteral = ctx.functionBodyLiteral();
            return null;
        }

        @Override
        public Void visitLanguageOption(LanguageOptionContext ctx) {
            language = ast.names.nameOrString(ctx.nonReservedWordOrString());
            return null;
        }

        @Override
        public Void visitVolatilityOption(VolatilityOptionContext ctx) {
            volatility = SqlAstBuilder.upper(ctx.getText());
            return null;
        }

        @Override
        public Void visitSecurityOption(SecurityOptionContext ctx) {
            definer = ctx.DEFINER() != null;
            securityDefiner = definer ? ast.range(ctx) : null;
            return null;
        }

        @Override
        public Void visitSetOption(SetOptionContext ctx) {
            SetRestMoreContext setting = ctx.setRestMore();
            QualifiedName name = setting.qualifiedName() != null ? ast.names.qualifiedName(setting.qualifiedName())
                    : new QualifiedName(ast.range(setting),
                            List.of(new Identifier(ast.range(setting), ast.utility.parameterName(setting), false)));
            settings.add(new ConfigSetting(ast.range(ctx), name, ast.utility.settingValues(setting), setting.CURRENT() != null));
            return null;
        }

        @Override
        public Void visitResetOption(ResetOptionContext ctx) {
            resets.add(ast.utility.resetParameter(ctx.resetRest()));
            return null;
        }

        /** The options no rule reads (COST, STRICT, PARALLEL...). */
        @Override
        public Void visitChildren(RuleNode node) {
            return null;
        }

        FunctionBody body() {
            if (bodyLiteral == null) {
                return null;
            }
            return functionBody(language, bodyLiteral);
        }
    }

    private FunctionBody functionBody(String language, FunctionBodyLiteralContext literal) {
        StringLiteralContext string = literal.stringLiteral();
        Token token = string.getStart();
        if (string.getChildCount() != 1) {
            return new Part.OpaqueBody(ast.range(literal), literal.getText());
        }
        StringLiterals.Decoded decoded = StringLiterals.decode(token.getText());
        int tokenStart = token.getStartIndex();
        TextSlice slice = ast.slice();
        TextSlice body;
        if (token.getType() == PostgreSqlParser.DOLLAR_STRING_LITERAL) {
            int[] indexes = decoded.sourceIndexes();
            int from = indexes.length == 0 ? 0 : indexes[0];
            body = slice.sub(tokenStart + from, tokenStart + from + decoded.value().length());
        } else {
            int[] fileOffsets = new int[decoded.sourceIndexes().length];
            for (int i = 0; i < fileOffsets.length; i++) {
                fileOffsets[i] = slice.fileOffset(tokenStart + decoded.sourceIndexes()[i]);
            }
            body = TextSlice.mapped(slice.file(), decoded.value(), fileOffsets);
        }
        return ast.functionBody(language, body, ast.range(literal));
    }

    Statement.Do doStatement(DoStatementContext ctx) {
        String language = ctx.nonReservedWordOrString().isEmpty() ? "plpgsql" : ast.names.nameOrString(ctx.nonReservedWordOrString(0));
        return new Statement.Do(ast.range(ctx), language, functionBody(language, ctx.functionBodyLiteral()));
    }

    Statement.Call call(CallStatementContext ctx) {
        return new Statement.Call(ast.range(ctx), (Expr.FunctionCall) ast.expressions.visit(ctx.functionCall()));
    }

    Statement.AlterFunction alterFunction(AlterFunctionStatementContext ctx) {
        String kind = SqlAstBuilder.upper(ctx.getChild(1).getText());
        List<Parameter> parameters = ctx.OPEN_PAREN() == null ? null
                : ctx.functionParameter().stream().map(this::parameter).toList();
        AlterFunctionActionContext action = ctx.alterFunctionAction();
        FunctionOptions options = new FunctionOptions(null);
        Identifier newName = null;
        Identifier newSchema = null;
        Identifier newOwner = null;
        if (action instanceof AlterFunctionOptionsContext o) {
            options.addAll(o.functionOption());
        } else if (action instanceof AlterFunctionRenameContext r) {
            newName = ast.names.identifier(r.colId());
        } else if (action instanceof AlterFunctionSetSchemaContext s) {
            newSchema = ast.names.identifier(s.colId());
        } else if (action instanceof AlterFunctionOwnerContext o) {
            newOwner = ast.names.roleIdentifier(o.roleSpec());
        }
        return new Statement.AlterFunction(ast.range(ctx), kind, ast.names.qualifiedName(ctx.functionName()), parameters,
                options.definer, List.copyOf(options.settings), List.copyOf(options.resets), newName, newSchema, newOwner);
    }

    Part.RoutineRef routineRef(FunctionReferenceContext ctx) {
        List<Parameter> parameters = ctx.OPEN_PAREN() == null ? null
                : ctx.functionParameter().stream().map(this::parameter).toList();
        return new Part.RoutineRef(ast.range(ctx), ast.names.qualifiedName(ctx.functionName()), parameters);
    }

    private Parameter parameter(FunctionParameterContext ctx) {
        ParameterDeclarationContext declaration = ctx.parameterDeclaration();
        String mode = declaration.parameterMode() == null ? "IN"
                : SqlAstBuilder.words(declaration.parameterMode(), 0).replace("IN OUT", "INOUT");
        Identifier name = declaration.paramName() == null ? null : ast.names.identifier(declaration.paramName().typeFunctionName());
        Expr defaultValue = ctx.aExpr() == null ? null : ast.expressions.expression(ctx.aExpr());
        return new Parameter(ast.range(ctx), mode, name, ast.names.type(declaration.typeName()), defaultValue);
    }
}
