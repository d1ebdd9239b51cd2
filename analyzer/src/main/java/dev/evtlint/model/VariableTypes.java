package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Part;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The declared types of a function's parameters and PL/pgSQL variables, by name, as pg_type names:
 * what a call passing a variable passes. A name declared with two types (in nested blocks) and a
 * {@code %TYPE} declaration are left out: their type is not obvious.
 */
final class VariableTypes {

    private VariableTypes() {
    }

    static Map<String, String> of(FunctionDef function) {
        Map<String, String> types = new HashMap<>();
        Set<String> unclear = new HashSet<>();
        for (Part.Parameter parameter : function.definition().parameters()) {
            if (parameter.name() != null) {
                declare(types, unclear, parameter.name().name(), TypeNames.canonical(parameter.type()));
            }
        }
        if (function.body() != null) {
            for (Part.PlDeclaration declaration : AstVisitor.collect(function.body(), Part.PlDeclaration.class)) {
                if (declaration.typeText() != null) {
                    declare(types, unclear, declaration.name().name(), canonical(declaration.typeText()));
                }
            }
        }
        return types;
    }

    private static void declare(Map<String, String> types, Set<String> unclear, String name, String type) {
        String earlier = types.get(name);
        if (type == null || unclear.contains(name) || earlier != null && !earlier.equals(type)) {
            types.remove(name);
            unclear.add(name);
        } else {
            types.put(name, type);
        }
    }

    /** {@code character varying(20)[]} as {@code varchar[]}; null for {@code %TYPE} and {@code %ROWTYPE}. */
    static String canonical(String typeText) {
        String text = typeText.strip();
        if (text.contains("%")) {
            return null;
        }
        int dimensions = 0;
        while (text.endsWith("]") && text.lastIndexOf('[') > 0) {
            text = text.substring(0, text.lastIndexOf('[')).strip();
            dimensions++;
        }
        int modifiers = text.indexOf('(');
        if (modifiers >= 0) {
            int close = text.indexOf(')', modifiers);
            text = (text.substring(0, modifiers) + (close < 0 ? "" : text.substring(close + 1))).strip();
        }
        String name = text.startsWith("\"") ? text.replace("\"", "") : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return TypeNames.canonical(name) + "[]".repeat(dimensions);
    }
}
