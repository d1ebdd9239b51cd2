package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.EventFilter;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser;
import dev.evtlint.grammar.PostgreSqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The statements of SqlObjectDdl.g4 and SqlCatalogDdl.g4: routines (built by
 * {@link RoutineAstBuilder}), event triggers, roles, privileges, extensions and the catalog objects
 * a statement creates, and DROP.
 */
final class ObjectAstBuilder extends StatementAstBuilder {

    ObjectAstBuilder(SqlAstBuilder ast) {
        super(ast);
    }

    @Override
    public Statement visitCreateFunctionStatement(CreateFunctionStatementContext ctx) {
        return ast.routines.createFunction(ctx);
    }

    @Override
    public Statement visitAlterFunctionStatement(AlterFunctionStatementContext ctx) {
        return ast.routines.alterFunction(ctx);
    }

    @Override
    public Statement visitDoStatement(DoStatementContext ctx) {
        return ast.routines.doStatement(ctx);
    }

    @Override
    public Statement visitCallStatement(CallStatementContext ctx) {
        return ast.routines.call(ctx);
    }

    @Override
    public Statement visitCreateEventTriggerStatement(CreateEventTriggerStatementContext ctx) {
        List<EventFilter> filters = new ArrayList<>();
        for (EventTriggerFilterContext filter : ctx.eventTriggerFilter()) {
            List<Expr.Literal> values = filter.stringLiteral().stream().map(ast.names::stringLiteral).toList();
            filters.add(new EventFilter(ast.range(filter), ast.names.identifier(filter.colId()), values));
        }
        return new Statement.CreateEventTrigger(ast.range(ctx), ast.names.identifier(ctx.eventTriggerName().colId()),
                ast.names.identifier(ctx.colLabel()), ctx.WHEN() == null ? null : ast.range(ctx.WHEN().getSymbol()), filters,
                ast.names.qualifiedName(ctx.functionName()));
    }

    @Override
    public Statement visitAlterEventTriggerEnable(AlterEventTriggerEnableContext ctx) {
        Statement.EventTriggerAction action = ctx.REPLICA() != null ? Statement.EventTriggerAction.ENABLE_REPLICA
                : ctx.ALWAYS() != null ? Statement.EventTriggerAction.ENABLE_ALWAYS : Statement.EventTriggerAction.ENABLE;
        return alterEventTrigger(ctx, ctx.eventTriggerName(), action, null);
    }

    @Override
    public Statement visitAlterEventTriggerDisable(AlterEventTriggerDisableContext ctx) {
        return alterEventTrigger(ctx, ctx.eventTriggerName(), Statement.EventTriggerAction.DISABLE, null);
    }

    @Override
    public Statement visitAlterEventTriggerOwner(AlterEventTriggerOwnerContext ctx) {
        return alterEventTrigger(ctx, ctx.eventTriggerName(), Statement.EventTriggerAction.OWNER, null);
    }

    @Override
    public Statement visitAlterEventTriggerRename(AlterEventTriggerRenameContext ctx) {
        return alterEventTrigger(ctx, ctx.eventTriggerName(), Statement.EventTriggerAction.RENAME, ast.names.identifier(ctx.colId()));
    }

    private Statement alterEventTrigger(ParserRuleContext ctx, EventTriggerNameContext name, Statement.EventTriggerAction action,
                                        Identifier newName) {
        return new Statement.AlterEventTrigger(ast.range(ctx), ast.names.identifier(name.colId()), action, newName);
    }

    @Override
    public Statement visitCreateRoleStatement(CreateRoleStatementContext ctx) {
        return new Statement.RoleStatement(ast.range(ctx), "CREATE ROLE", ast.names.identifier(ctx.roleName().nonReservedWord()),
                superuser(ctx.createRoleOption().stream().map(CreateRoleOptionContext::roleOption).toList()));
    }

    @Override
    public Statement visitAlterRoleOptions(AlterRoleOptionsContext ctx) {
        return new Statement.RoleStatement(ast.range(ctx), "ALTER ROLE", ast.names.roleIdentifier(ctx.roleSpec()),
                superuser(ctx.roleOption()));
    }

    @Override
    public Statement visitAlterRoleSet(AlterRoleSetContext ctx) {
        return alterRoleOtherwise(ctx);
    }

    @Override
    public Statement visitAlterGroupMembers(AlterGroupMembersContext ctx) {
        return alterRoleOtherwise(ctx);
    }

    @Override
    public Statement visitAlterRoleRename(AlterRoleRenameContext ctx) {
        return alterRoleOtherwise(ctx);
    }

    /** An ALTER ROLE that does not change the role's attributes. */
    private Statement alterRoleOtherwise(AlterRoleStatementContext ctx) {
        return new Statement.RoleStatement(ast.range(ctx), "ALTER ROLE", null, null);
    }

    /** What role options say of SUPERUSER: the last of SUPERUSER and NOSUPERUSER wins, null when neither is given. */
    private static Boolean superuser(List<RoleOptionContext> options) {
        Boolean superuser = null;
        for (RoleOptionContext option : options) {
            if (option != null && option.IDENTIFIER() != null) {
                String word = option.IDENTIFIER().getText().toLowerCase(Locale.ROOT);
                if (word.equals("superuser") || word.equals("nosuperuser")) {
                    superuser = word.equals("superuser");
                }
            }
        }
        return superuser;
    }

    @Override
    public Statement visitGrantStatement(GrantStatementContext ctx) {
        return grant(ctx, false, ctx.privileges(), ctx.privilegeTarget(), ctx.grantee());
    }

    @Override
    public Statement visitRevokeStatement(RevokeStatementContext ctx) {
        return grant(ctx, true, ctx.privileges(), ctx.privilegeTarget(), ctx.grantee());
    }

    @Override
    public Statement visitGrantRoleStatement(GrantRoleStatementContext ctx) {
        return roleMembership(ctx, false, ctx.privilegeList(), ctx.roleSpec());
    }

    @Override
    public Statement visitRevokeRoleStatement(RevokeRoleStatementContext ctx) {
        return roleMembership(ctx, true, ctx.privilegeList(), ctx.roleSpec());
    }

    private Statement.Grant grant(ParserRuleContext ctx, boolean revoke, PrivilegesContext privileges,
                                  PrivilegeTargetContext target, List<GranteeContext> grantees) {
        List<String> names = privileges.ALL() != null ? List.of("ALL")
                : privileges.privilegeList().privilege().stream().map(ObjectAstBuilder::privilegeName).toList();
        String objectKind = target.getStart().getType() == PostgreSqlParser.ALL
                ? "ALL " + SqlAstBuilder.upper(target.getChild(1).getText())
                : target.qualifiedName().isEmpty() || target.TABLE() != null || target.getChild(0) instanceof QualifiedNameContext
                ? "TABLE" : SqlAstBuilder.upper(target.getStart().getText());
        List<Node> objects = new ArrayList<>();
        target.qualifiedName().forEach(q -> objects.add(ast.names.qualifiedName(q)));
        target.functionReference().forEach(f -> objects.add(ast.names.qualifiedName(f.functionName())));
        List<Identifier> to = grantees.stream().map(g -> ast.names.roleIdentifier(g.roleSpec())).toList();
        return new Statement.Grant(ast.range(ctx), revoke, false, names, objectKind, objects, to);
    }

    private static String privilegeName(PrivilegeContext ctx) {
        return ctx.SYSTEM() != null ? "ALTER SYSTEM" : SqlAstBuilder.upper(ctx.getChild(0).getText());
    }

    private Statement.Grant roleMembership(ParserRuleContext ctx, boolean revoke, PrivilegeListContext roles,
                                           List<RoleSpecContext> members) {
        List<String> granted = roles.privilege().stream().map(p -> NameAstBuilder.identifierText(p.getChild(0))).toList();
        List<Identifier> to = members.stream().map(ast.names::roleIdentifier).toList();
        return new Statement.Grant(ast.range(ctx), revoke, true, granted, "ROLE", List.of(), to);
    }

    // ------------------------------------------------------------------ DROP

    @Override
    public Statement visitDropEventTrigger(DropEventTriggerContext ctx) {
        List<Identifier> names = ctx.eventTriggerName().stream().map(n -> ast.names.identifier(n.colId())).toList();
        return new Statement.DropEventTrigger(ast.range(ctx), ctx.EXISTS() != null, names, isCascade(ctx.dropBehavior()));
    }

    @Override
    public Statement visitDropFunction(DropFunctionContext ctx) {
        List<Part.RoutineRef> routines = ctx.functionReference().stream().map(ast.routines::routineRef).toList();
        return new Statement.DropObject(ast.range(ctx), SqlAstBuilder.upper(ctx.getChild(1).getText()), ctx.EXISTS() != null,
                routines.stream().map(Part.RoutineRef::name).toList(), isCascade(ctx.dropBehavior()), routines);
    }

    @Override
    public Statement visitDropAggregate(DropAggregateContext ctx) {
        List<QualifiedName> names = ctx.aggregateReference().stream().map(r -> ast.names.qualifiedName(r.functionName())).toList();
        return dropObject(ctx, "AGGREGATE", names, ctx.dropBehavior());
    }

    @Override
    public Statement visitDropObject(DropObjectContext ctx) {
        return dropObject(ctx, SqlAstBuilder.words(ctx.anyNameObjectKind(), 0),
                ctx.anyName().stream().map(ast.names::qualifiedName).toList(), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropIndexConcurrently(DropIndexConcurrentlyContext ctx) {
        return dropObject(ctx, "INDEX", ctx.anyName().stream().map(ast.names::qualifiedName).toList(), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropNamedObject(DropNamedObjectContext ctx) {
        String kind = SqlAstBuilder.words(ctx.nameObjectKind(), 0).replace("PROCEDURAL ", "");
        return dropObject(ctx, kind, ctx.colId().stream().map(ast.names::simpleName).toList(), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropType(DropTypeContext ctx) {
        return dropObject(ctx, SqlAstBuilder.upper(ctx.getChild(1).getText()),
                ctx.typeName().stream().map(ast.names::typeObjectName).toList(), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropOperator(DropOperatorContext ctx) {
        List<QualifiedName> names = ctx.operatorReference().stream().map(r -> ast.names.operatorName(r.operatorName())).toList();
        return dropObject(ctx, "OPERATOR", names, ctx.dropBehavior());
    }

    @Override
    public Statement visitDropOperatorClass(DropOperatorClassContext ctx) {
        return dropObject(ctx, "OPERATOR " + SqlAstBuilder.upper(ctx.getChild(2).getText()),
                List.of(ast.names.qualifiedName(ctx.anyName())), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropTableObject(DropTableObjectContext ctx) {
        List<Identifier> parts = new ArrayList<>(ast.names.qualifiedName(ctx.anyName()).parts());
        parts.add(ast.names.identifier(ctx.colId()));
        return dropObject(ctx, SqlAstBuilder.upper(ctx.getChild(1).getText()), List.of(new QualifiedName(ast.range(ctx), parts)),
                ctx.dropBehavior());
    }

    @Override
    public Statement visitDropSubscription(DropSubscriptionContext ctx) {
        return dropObject(ctx, "SUBSCRIPTION", List.of(ast.names.simpleName(ctx.colId())), ctx.dropBehavior());
    }

    @Override
    public Statement visitDropTablespace(DropTablespaceContext ctx) {
        return dropObject(ctx, "TABLESPACE", List.of(ast.names.simpleName(ctx.colId())), null);
    }

    @Override
    public Statement visitDropDatabase(DropDatabaseContext ctx) {
        return dropObject(ctx, "DATABASE", List.of(ast.names.simpleName(ctx.colId())), null);
    }

    @Override
    public Statement visitDropRole(DropRoleContext ctx) {
        List<QualifiedName> names = ctx.roleSpec().stream()
                .map(spec -> new QualifiedName(ast.range(spec), List.of(ast.names.roleIdentifier(spec)))).toList();
        return new Statement.DropObject(ast.range(ctx), "ROLE", ctx.EXISTS() != null, names, false, List.of());
    }

    // Objects without a name of their own (casts, transforms, user mappings, what a role owns) are kept by their tag.

    private Statement.DropObject dropObject(DropStatementContext ctx, String kind, List<QualifiedName> names,
                                            DropBehaviorContext behavior) {
        return new Statement.DropObject(ast.range(ctx), kind, ctx.getToken(PostgreSqlParser.EXISTS, 0) != null, names,
                isCascade(behavior), List.of());
    }

    private static boolean isCascade(DropBehaviorContext ctx) {
        return ctx != null && ctx.CASCADE() != null;
    }

    // ------------------------------------------------------------------ catalog objects (SqlCatalogDdl.g4)

    @Override
    public Statement visitCatalogStatement(CatalogStatementContext ctx) {
        return visit(ctx.getChild(0));
    }

    @Override
    public Statement visitCreateExtensionStatement(CreateExtensionStatementContext ctx) {
        return new Statement.CreateExtension(ast.range(ctx), ast.names.identifier(ctx.colId(0)));
    }

    @Override
    public Statement visitCreateTypeStatement(CreateTypeStatementContext ctx) {
        return ast.other(ctx, ast.names.qualifiedName(ctx.anyName()));
    }

    @Override
    public Statement visitCreateDomainStatement(CreateDomainStatementContext ctx) {
        return ast.other(ctx, ast.names.qualifiedName(ctx.anyName(0)));
    }

    @Override
    public Statement visitCreateSchemaStatement(CreateSchemaStatementContext ctx) {
        ColIdContext schema = ctx.schemaNameAndOwner().colId();
        return ast.other(ctx, schema == null ? null : new QualifiedName(ast.range(schema), List.of(ast.names.identifier(schema))));
    }
}
