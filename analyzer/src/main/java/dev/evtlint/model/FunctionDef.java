package dev.evtlint.model;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import java.util.List;

/**
 * A function or procedure as the project defines it, with what later ALTER FUNCTION statements
 * changed: whether it is SECURITY DEFINER (and where that was said, which may be another file)
 * and its SET options.
 */
public record FunctionDef(SourceFile file, Statement.CreateFunction definition, SourceFile securityDefinerFile,
                          SourceRange securityDefiner, List<ConfigSetting> settings) {

    static FunctionDef of(SourceFile file, Statement.CreateFunction definition) {
        return new FunctionDef(file, definition, file, definition.securityDefiner(), definition.settings());
    }

    public String name() {
        return definition.name().name();
    }

    /** The schema named in the definition, or null when the name is unqualified. */
    public String schema() {
        return definition.name().schema();
    }

    /** The number of input parameters (IN, INOUT, VARIADIC), which PostgreSQL matches calls on. */
    public int inputCount() {
        return (int) definition.parameters().stream().filter(p -> !p.mode().equals("OUT")).count();
    }

    public boolean returnsEventTrigger() {
        return definition.returnType() != null && definition.returnType().name().equals("event_trigger");
    }

    public boolean isSecurityDefiner() {
        return securityDefiner != null;
    }

    /** The PL/pgSQL body, or null for other languages and bodies that do not parse. */
    public PlStatement.Block body() {
        return definition.body() instanceof Part.PlPgSqlBody body ? body.block() : null;
    }

    /** The value of a SET option such as search_path, or null when the function does not set it. */
    public ConfigSetting setting(String parameter) {
        ConfigSetting found = null;
        for (ConfigSetting setting : settings) {
            if (setting.name().toString().equals(parameter)) {
                found = setting;
            }
        }
        return found;
    }

    /** How the function is written in messages: {@code name()} or {@code schema.name()}. */
    public String signature() {
        return definition.name() + "()";
    }

    FunctionDef altered(SourceFile definerFile, SourceRange newSecurityDefiner, List<ConfigSetting> newSettings) {
        return new FunctionDef(file, definition, definerFile, newSecurityDefiner, List.copyOf(newSettings));
    }
}
