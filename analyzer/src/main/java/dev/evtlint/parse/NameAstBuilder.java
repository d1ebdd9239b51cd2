package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.TypeRef;
import dev.evtlint.grammar.PostgreSqlParser.AExprContext;
import dev.evtlint.grammar.PostgreSqlParser.AnyNameContext;
import dev.evtlint.grammar.PostgreSqlParser.ColIdContext;
import dev.evtlint.grammar.PostgreSqlParser.ColLabelContext;
import dev.evtlint.grammar.PostgreSqlParser.FunctionNameContext;
import dev.evtlint.grammar.PostgreSqlParser.GenericTypeNameContext;
import dev.evtlint.grammar.PostgreSqlParser.NonReservedWordOrStringContext;
import dev.evtlint.grammar.PostgreSqlParser.OperatorNameContext;
import dev.evtlint.grammar.PostgreSqlParser.QualifiedNameContext;
import dev.evtlint.grammar.PostgreSqlParser.RoleSpecContext;
import dev.evtlint.grammar.PostgreSqlParser.SimpleTypeNameContext;
import dev.evtlint.grammar.PostgreSqlParser.StringLiteralContext;
import dev.evtlint.grammar.PostgreSqlParser.TypeFunctionNameContext;
import dev.evtlint.grammar.PostgreSqlParser.TypeNameContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Names, types and string literals (the names section of PostgreSqlParser.g4, typeName of
 * SqlQueries.g4): identifiers folded as PostgreSQL folds them, dotted names, types in PostgreSQL's
 * spelling.
 */
final class NameAstBuilder {
    private final SqlAstBuilder ast;

    NameAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    TypeRef type(TypeNameContext ctx) {
        boolean setOf = ctx.SETOF() != null;
        int dimensions = 0;
        String name;
        if (ctx.simpleTypeName() != null) {
            name = typeName(ctx.simpleTypeName());
            if (ctx.arrayBounds() != null) {
                dimensions = Math.max(1, ctx.arrayBounds().OPEN_BRACKET().size());
            }
        } else {
            name = dottedName(ctx.typeFunctionName(), ctx.colLabel()) + "%type";
        }
        return new TypeRef(ast.range(ctx), name, setOf, dimensions);
    }

    /** The type's name as PostgreSQL spells it: lower case, one space between words, no modifiers. */
    private String typeName(SimpleTypeNameContext ctx) {
        if (ctx.genericTypeName() != null) {
            GenericTypeNameContext generic = ctx.genericTypeName();
            return dottedName(generic.typeFunctionName(), generic.colLabel());
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            collectWords(ctx.getChild(i), words);
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    private static String dottedName(TypeFunctionNameContext first, List<ColLabelContext> rest) {
        StringBuilder name = new StringBuilder(identifierText(first));
        rest.forEach(label -> name.append('.').append(identifierText(label)));
        return name.toString();
    }

    private static void collectWords(ParseTree tree, StringBuilder words) {
        if (tree instanceof TerminalNode terminal) {
            if (ScannerVocabulary.SQL.isKeyword(terminal.getSymbol().getType())) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(terminal.getText());
            }
        } else {
            for (int i = 0; i < tree.getChildCount(); i++) {
                ParseTree child = tree.getChild(i);
                if (!(child instanceof AExprContext)) {
                    collectWords(child, words);
                }
            }
        }
    }

    QualifiedName qualifiedName(QualifiedNameContext ctx) {
        return dottedName(ctx, ctx.colId(), ctx.colLabel());
    }

    QualifiedName qualifiedName(AnyNameContext ctx) {
        return dottedName(ctx, ctx.colId(), ctx.colLabel());
    }

    QualifiedName dottedName(ParserRuleContext ctx, ParserRuleContext first, List<ColLabelContext> rest) {
        List<Identifier> parts = new ArrayList<>();
        parts.add(identifier(first));
        rest.forEach(label -> parts.add(identifier(label)));
        return new QualifiedName(ast.range(ctx), parts);
    }

    /** A type named as an object (DROP TYPE): its dotted name, or the one word of a built-in type. */
    QualifiedName typeObjectName(TypeNameContext ctx) {
        GenericTypeNameContext generic = ctx.simpleTypeName() == null ? null : ctx.simpleTypeName().genericTypeName();
        if (generic != null) {
            return dottedName(ctx, generic.typeFunctionName(), generic.colLabel());
        }
        return new QualifiedName(ast.range(ctx), List.of(new Identifier(ast.range(ctx), type(ctx).name(), false)));
    }

    /** An operator's name as a qualified name whose last part is the operator itself, e.g. pg_catalog.+ */
    QualifiedName operatorName(OperatorNameContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        ctx.colId().forEach(schema -> parts.add(identifier(schema)));
        parts.add(new Identifier(ast.range(ctx.anyOperator()), ctx.anyOperator().getText(), false));
        return new QualifiedName(ast.range(ctx), parts);
    }

    QualifiedName simpleName(ColIdContext ctx) {
        return new QualifiedName(ast.range(ctx), List.of(identifier(ctx)));
    }

    QualifiedName qualifiedName(FunctionNameContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        if (ctx.typeFunctionName() != null) {
            parts.add(identifier(ctx.typeFunctionName()));
        } else {
            parts.add(identifier(ctx.colId()));
            ctx.colLabel().forEach(label -> parts.add(identifier(label)));
        }
        return new QualifiedName(ast.range(ctx), parts);
    }

    /** A keyword as the name of the function it stands for, e.g. xmlelement for XMLELEMENT. */
    QualifiedName keywordName(Token keyword) {
        return new QualifiedName(ast.range(keyword),
                List.of(new Identifier(ast.range(keyword), keyword.getText().toLowerCase(Locale.ROOT), false)));
    }

    Identifier roleIdentifier(RoleSpecContext ctx) {
        if (ctx.nonReservedWord() != null) {
            return identifier(ctx.nonReservedWord());
        }
        return new Identifier(ast.range(ctx), Identifier.fold(ctx.getText()), false);
    }

    Identifier identifier(ParserRuleContext nameContext) {
        String text = text(nameContext);
        return new Identifier(ast.range(nameContext), identifierText(text), text.indexOf('"') >= 0);
    }

    /** A context's source text; a name is one token (UESCAPE aside), whose text needs no concatenation. */
    private static String text(ParseTree context) {
        if (context instanceof ParserRuleContext rule && rule.getStart() == rule.getStop()) {
            return rule.getStart().getText();
        }
        return context.getText();
    }

    /** A name's value: quoted names keep their case, with doubled quotes resolved; others fold to lower case. */
    static String identifierText(ParseTree nameContext) {
        return identifierText(text(nameContext));
    }

    private static String identifierText(String text) {
        if (text.startsWith("\"")) {
            return unquoteIdentifier(text, 0);
        }
        if (text.length() > 2 && (text.startsWith("U&\"") || text.startsWith("u&\""))) {
            return unquoteIdentifier(text, 2);
        }
        return Identifier.fold(text);
    }

    private static String unquoteIdentifier(String text, int quoteAt) {
        return text.substring(quoteAt + 1, text.length() - 1).replace("\"\"", "\"");
    }

    String nameOrString(NonReservedWordOrStringContext ctx) {
        if (ctx.stringLiteral() != null) {
            return stringLiteral(ctx.stringLiteral()).value().toLowerCase(Locale.ROOT);
        }
        return identifierText(ctx.nonReservedWord());
    }

    Expr.Literal stringLiteral(StringLiteralContext ctx) {
        String value = StringLiterals.decode(ctx.getStart().getText()).value();
        return new Expr.Literal(ast.range(ctx), Expr.LiteralKind.STRING, value);
    }
}
