package dev.evtlint.model;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import java.util.List;

/**
 * A function or procedure as the project defines it, with what later ALTER FUNCTION statements
 * changed: its name and schema (RENAME TO, SET SCHEMA), its owner, whether it is SECURITY DEFINER
 * (and where that was said, which may be another file) and its SET options.
 *
 * <p>{@code identity} stays the same through CREATE OR REPLACE and ALTER, like an OID: an event
 * trigger keeps executing the function it was created with. {@code schema} is the schema the
 * function lives in, or null for the session's default schema (defined without a schema while the
 * scripts had not set search_path). {@code argumentTypes} are the input parameter types as pg_type
 * names, which tell overloads apart. {@code definedUnder} is the search_path when it was defined.
 */
public record FunctionDef(int identity, SourceFile file, Statement.CreateFunction definition, String schema, String name,
                          List<String> argumentTypes, SearchPath definedUnder, String owner,
                          SourceFile securityDefinerFile, SourceRange securityDefiner, List<ConfigSetting> settings) {

    public FunctionDef {
        argumentTypes = List.copyOf(argumentTypes);
        settings = List.copyOf(settings);
    }

    static FunctionDef of(int identity, SourceFile file, Statement.CreateFunction definition, SearchPath path) {
        String written = definition.name().schema();
        String schema = written == null ? path.creationSchema() : written.equals(SearchPath.EXTENSION_SCHEMA) ? null : written;
        return new FunctionDef(identity, file, definition, schema, definition.name().name(),
                inputTypes(definition.parameters()), path, null, file, definition.securityDefiner(), definition.settings());
    }

    /** The types PostgreSQL identifies a routine by: those of its IN, INOUT and VARIADIC parameters. */
    static List<String> inputTypes(List<Part.Parameter> parameters) {
        return parameters.stream().filter(p -> !p.mode().equals("OUT")).map(p -> TypeNames.canonical(p.type())).toList();
    }

    /** The number of input parameters (IN, INOUT, VARIADIC), which PostgreSQL matches calls on. */
    public int inputCount() {
        return argumentTypes.size();
    }

    /** How many arguments a call must pass at least: the inputs without a default. */
    int requiredInputs() {
        int required = 0;
        for (Part.Parameter parameter : definition.parameters()) {
            if (!parameter.mode().equals("OUT") && parameter.defaultValue() == null) {
                required++;
            }
        }
        return required;
    }

    /** Whether the last input is VARIADIC, so that a call may pass any number of values for it. */
    boolean isVariadic() {
        return definition.parameters().stream().anyMatch(p -> p.mode().equals("VARIADIC"));
    }

    /** Whether it returns event_trigger, written bare or as {@code pg_catalog.event_trigger} (SETOF too, which PostgreSQL accepts). */
    public boolean returnsEventTrigger() {
        return definition.returnType() != null && TypeNames.canonical(definition.returnType().name()).equals("event_trigger");
    }

    public boolean isSecurityDefiner() {
        return securityDefiner != null;
    }

    /** The PL/pgSQL body, or null for other languages and bodies that do not parse. */
    public PlStatement.Block body() {
        return definition.body() instanceof Part.PlPgSqlBody body ? body.block() : null;
    }

    /**
     * The statements of a LANGUAGE sql body, written as a string or as {@code BEGIN ATOMIC}/{@code RETURN};
     * empty for other languages.
     */
    public List<Statement> sqlStatements() {
        if (definition.body() instanceof Part.SqlFunctionBody body) {
            return body.statements();
        }
        return definition.body() instanceof Part.SqlStandardBody body ? body.statements() : List.of();
    }

    /** What evtlint reads of the body: the PL/pgSQL block, or the statements of a LANGUAGE sql body; empty for other languages. */
    public List<? extends Node> bodyNodes() {
        return body() != null ? List.of(body()) : sqlStatements();
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

    /**
     * The search_path calls in the body are resolved with: the function's own SET search_path, else
     * the path the scripts had set where it was defined (the session that runs it is unknown).
     */
    public SearchPath bodySearchPath() {
        ConfigSetting own = setting("search_path");
        SearchPath path = own == null || own.fromCurrent() ? null : SearchPath.ofValues(own.values());
        if (path != null) {
            return path;
        }
        return definedUnder.schemas().isEmpty() ? SearchPath.DEFAULT : definedUnder;
    }

    /** How the function is written in messages: {@code name()} or {@code schema.name()}, with the schema as the scripts wrote it. */
    public String signature() {
        String written = definition.name().schema();
        return (written == null ? "" : written + ".") + name + "()";
    }

    /** The name as {@link #signature()} writes it, with the input types, which tell overloads apart: {@code f(int8, text)}. */
    public String signatureWithTypes() {
        String written = definition.name().schema();
        return (written == null ? "" : written + ".") + name + "(" + String.join(", ", argumentTypes) + ")";
    }

    /**
     * How PostgreSQL names the function in its messages where {@code path} is in effect
     * (format_procedure): qualified unless the path finds its schema, with its input types.
     */
    public String describedUnder(SearchPath path) {
        String qualifier = schema == null || path.searches(schema) ? "" : schema + ".";
        return qualifier + name + "(" + String.join(",", argumentTypes) + ")";
    }

    /**
     * Whether PostgreSQL refuses to let {@code newer} (of the same signature) replace this
     * definition: {@code cannot change return type of existing function}. Judged only where both
     * declare a return type and no OUT, INOUT or TABLE parameters (which make up the return type
     * too), by the type's name without its schema, its array dimensions and SETOF: two names that
     * differ only by their schema may be one type, and count as the same.
     */
    boolean returnTypeChangedBy(FunctionDef newer) {
        Part.TypeRef mine = definition.returnType();
        Part.TypeRef theirs = newer.definition.returnType();
        if (mine == null || theirs == null || hasOutputParameters() || newer.hasOutputParameters()) {
            return false;
        }
        return mine.setOf() != theirs.setOf() || mine.arrayDimensions() != theirs.arrayDimensions()
                || !unqualified(TypeNames.canonical(mine.name())).equals(unqualified(TypeNames.canonical(theirs.name())));
    }

    private boolean hasOutputParameters() {
        return definition.parameters().stream().anyMatch(p -> !p.mode().equals("IN") && !p.mode().equals("VARIADIC"));
    }

    private static String unqualified(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    FunctionDef replacedBy(FunctionDef newer) {
        return new FunctionDef(identity, newer.file, newer.definition, newer.schema, newer.name, newer.argumentTypes,
                newer.definedUnder, owner, newer.securityDefinerFile, newer.securityDefiner, newer.settings);
    }

    FunctionDef altered(SourceFile definerFile, SourceRange newSecurityDefiner, List<ConfigSetting> newSettings) {
        return new FunctionDef(identity, file, definition, schema, name, argumentTypes, definedUnder, owner, definerFile,
                newSecurityDefiner, newSettings);
    }

    FunctionDef renamed(String newName) {
        return new FunctionDef(identity, file, definition, schema, newName, argumentTypes, definedUnder, owner,
                securityDefinerFile, securityDefiner, settings);
    }

    FunctionDef moved(String newSchema) {
        return new FunctionDef(identity, file, definition, newSchema, name, argumentTypes, definedUnder, owner,
                securityDefinerFile, securityDefiner, settings);
    }

    FunctionDef ownedBy(String newOwner) {
        return new FunctionDef(identity, file, definition, schema, name, argumentTypes, definedUnder, newOwner,
                securityDefinerFile, securityDefiner, settings);
    }
}
