package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's error conditions, read from {@code error-conditions.tsv} beside this class: which
 * error a statement raises and whether an EXCEPTION handler's condition catches it. A handler names
 * a condition ({@code read_only_sql_transaction}), a code ({@code SQLSTATE '25006'}), a whole class
 * (a code or name whose code ends in 000, such as {@code invalid_transaction_state}), or OTHERS.
 */
public final class ErrorConditions {
    /** The error PostgreSQL raises when a statement needs a read-write transaction, as on every hot standby. */
    public static final String READ_ONLY_SQL_TRANSACTION = "25006";
    /** OTHERS does not catch these two (pl_exec.c exception_matches_conditions). */
    private static final Set<String> NOT_CAUGHT_BY_OTHERS = Set.of("57014", "P0004");
    private static final Map<String, Set<String>> CODES_BY_NAME = load();

    private ErrorConditions() {
    }

    /** The error a RAISE raises, as a SQLSTATE when known, else as written; null for a bare RAISE that re-raises. */
    public static String raisedBy(PlStatement.Raise raise) {
        if (raise.condition() != null) {
            return raise.condition();
        }
        for (Part.PlRaiseOption option : raise.options()) {
            if (option.option().equals("ERRCODE") && option.value() instanceof Expr.Literal code) {
                return code.value();
            }
        }
        return raise.message() == null && raise.parameters().isEmpty() && raise.options().isEmpty() ? null : "P0001";
    }

    /** Whether a handler for {@code handlerCondition} (as the AST keeps it) catches {@code error} (a name or SQLSTATE). */
    public static boolean catches(String handlerCondition, String error) {
        Set<String> errorCodes = codes(error);
        if (handlerCondition.equalsIgnoreCase("others")) {
            return errorCodes.stream().noneMatch(NOT_CAUGHT_BY_OTHERS::contains);
        }
        for (String handled : codes(handlerCondition)) {
            for (String code : errorCodes) {
                boolean wholeClass = handled.endsWith("000") && handled.regionMatches(0, code, 0, 2);
                if (handled.equals(code) || wholeClass) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code handler} catches {@code error} (a name or SQLSTATE) through any of its conditions. */
    public static boolean catches(Part.PlExceptionHandler handler, String error) {
        return handler.conditions().stream().anyMatch(condition -> catches(condition, error));
    }

    /** The codes a condition stands for: {@code SQLSTATE 'xxxxx'}, a bare code, or a name (an unknown name stands for itself). */
    private static Set<String> codes(String condition) {
        String written = condition.strip();
        if (written.regionMatches(true, 0, "SQLSTATE", 0, 8)) {
            written = written.substring(8).strip().replace("'", "");
        }
        if (written.length() == 5 && written.chars().allMatch(Character::isLetterOrDigit)
                && written.chars().anyMatch(Character::isDigit)) {
            return Set.of(written.toUpperCase(Locale.ROOT));
        }
        return CODES_BY_NAME.getOrDefault(written.toLowerCase(Locale.ROOT), Set.of(written.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> byName = new HashMap<>();
        try (InputStream in = ErrorConditions.class.getResourceAsStream("error-conditions.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("sqlstate\t") && !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split("\t");
                        byName.computeIfAbsent(fields[1], name -> new HashSet<>()).add(fields[0]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read error-conditions.tsv", e);
        }
        byName.replaceAll((name, codes) -> Set.copyOf(codes));
        return Map.copyOf(byName);
    }
}
