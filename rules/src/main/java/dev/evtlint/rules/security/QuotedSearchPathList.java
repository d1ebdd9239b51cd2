package dev.evtlint.rules.security;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A search_path for a trigger function written as one quoted string or name ({@code SET search_path =
 * 'pg_catalog, pg_temp'}), in the function's SET clause (CREATE or ALTER FUNCTION) or in a SET
 * statement in its body: it names a single schema, so the path it was meant to pin is not set.
 */
@RuleMeta(id = "EVT504", name = "quoted-search-path-list",
        summary = "search_path of a trigger function quoted as one string names a single schema",
        severity = Severity.WARNING, category = Category.SECURITY, since = "0.1.0", tags = {"security", "correctness"})
public final class QuotedSearchPathList implements Rule {
    private static final String SEARCH_PATH = "search_path";

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().triggerFunctions()) {
            ConfigSetting setting = function.setting(SEARCH_PATH);
            SearchPathValues.QuotedList quoted = setting == null ? null : SearchPathValues.quotedList(setting.values());
            if (quoted != null) {
                report(context, settingFile(context, function, setting), quoted, function, "its SET clause");
            }
            for (Node statement : context.flow().statements(function)) {
                Statement sql = statement instanceof PlStatement.Sql s ? s.statement()
                        : statement instanceof PlStatement.Execute e ? e.statement()
                        : statement instanceof Statement plain ? plain : null;
                if (sql instanceof Statement.SetConfig set && set.parameter().equals(SEARCH_PATH)) {
                    SearchPathValues.QuotedList inBody = SearchPathValues.quotedList(set.values());
                    if (inBody != null) {
                        report(context, function.file(), inBody, function, "a SET statement in its body");
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, SourceFile file, SearchPathValues.QuotedList quoted, FunctionDef function,
                               String where) {
        context.report(file, quoted.value())
                .message("trigger function " + function.signature() + " sets search_path in " + where
                        + " to the single schema \"" + quoted.text() + "\": " + quoted.quoting() + " is one schema name, "
                        + "not a list, so the path it means to pin is not set")
                .help("write the schemas as separate names: SET search_path = "
                        + String.join(", ", quoted.text().strip().split("[,\\s]+")));
    }

    /** The file that set the function's search_path: its CREATE FUNCTION, or the ALTER FUNCTION that changed it. */
    private static SourceFile settingFile(RuleContext context, FunctionDef function, ConfigSetting setting) {
        for (ExecutedStatement executed : context.model().executedStatements()) {
            if (executed.statement() instanceof Statement.AlterFunction alter
                    && alter.settings().stream().anyMatch(s -> s == setting)) {
                return executed.file().source();
            }
        }
        return function.file();
    }
}
