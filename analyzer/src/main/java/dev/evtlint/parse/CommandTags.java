package dev.evtlint.parse;

import dev.evtlint.grammar.PostgreSqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The command tag of a statement read from its leading keywords, for statements that did not
 * parse or whose kind the grammar does not cover: the event and standby rules reason about tags,
 * so every statement needs one (cmdtaglist.h).
 */
final class CommandTags {
    /** Words between CREATE and the object kind that do not belong to the tag. */
    private static final Set<String> CREATE_MODIFIERS = Set.of("or", "replace", "temp", "temporary", "unlogged",
            "global", "local", "unique", "default", "trusted", "procedural", "recursive", "constraint");
    /** Object kinds spelled with two or more words. */
    private static final Set<String> TWO_WORD_KINDS = Set.of("event", "materialized", "foreign", "text", "operator",
            "access", "user", "default", "large");

    private CommandTags() {
    }

    /** The tag of the statement in a slice, from a scanner pass alone. */
    static String of(TextSlice slice) {
        SqlScanner scanner = new SqlScanner(ScannerVocabulary.SQL, slice);
        List<Token> tokens = new ArrayList<>();
        for (Token token = scanner.nextToken(); token.getType() != Token.EOF; token = scanner.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
                if (tokens.size() == 8) {
                    break;
                }
            }
        }
        return of(tokens);
    }

    static String of(List<? extends Token> tokens) {
        if (tokens.isEmpty()) {
            return "???";
        }
        String first = word(tokens, 0);
        return switch (first) {
            case "select", "values", "table" -> "SELECT";
            case "with" -> withTag(tokens);
            case "create", "alter", "drop" -> ddlTag(first, tokens);
            case "grant", "revoke" -> hasWordAtDepthZero(tokens, "on") ? upper(first) : upper(first) + " ROLE";
            case "truncate" -> "TRUNCATE TABLE";
            case "analyse" -> "ANALYZE";
            case "lock" -> "LOCK TABLE";
            case "end" -> "COMMIT";
            case "abort" -> "ROLLBACK";
            case "start" -> "START TRANSACTION";
            case "declare" -> "DECLARE CURSOR";
            case "close" -> "CLOSE CURSOR";
            case "refresh" -> "REFRESH MATERIALIZED VIEW";
            case "import" -> "IMPORT FOREIGN SCHEMA";
            case "security" -> "SECURITY LABEL";
            case "reassign" -> "REASSIGN OWNED";
            case "prepare" -> "transaction".equals(word(tokens, 1)) ? "PREPARE TRANSACTION" : "PREPARE";
            case "commit", "rollback" -> "prepared".equals(word(tokens, 1)) ? upper(first) + " PREPARED" : upper(first);
            case "discard" -> "DISCARD " + upper(word(tokens, 1));
            case "" -> "???";
            default -> upper(first);
        };
    }

    private static String ddlTag(String verb, List<? extends Token> tokens) {
        int i = 1;
        while (i < tokens.size() && CREATE_MODIFIERS.contains(word(tokens, i)) && !isKindAt(tokens, i)) {
            i++;
        }
        String kind = word(tokens, i);
        if (verb.equals("drop") && kind.equals("owned")) {
            return "DROP OWNED";
        }
        if (verb.equals("alter") && kind.equals("default")) {
            return "ALTER DEFAULT PRIVILEGES";
        }
        switch (kind) {
            case "user", "group" -> {
                return "user".equals(kind) && "mapping".equals(word(tokens, i + 1))
                        ? upper(verb) + " USER MAPPING" : upper(verb) + " ROLE";
            }
            case "table" -> {
                return verb.equals("create") && hasWordAtDepthZero(tokens, "as") ? "CREATE TABLE AS" : upper(verb) + " TABLE";
            }
            case "trigger" -> {
                return upper(verb) + " TRIGGER";
            }
            default -> {
                // fall through to the general case below
            }
        }
        if (TWO_WORD_KINDS.contains(kind)) {
            String second = word(tokens, i + 1);
            if (kind.equals("text") || (kind.equals("foreign") && second.equals("data"))) {
                return upper(verb) + " " + upper(kind) + " " + upper(second) + " " + upper(word(tokens, i + 2));
            }
            if (kind.equals("operator") && !(second.equals("class") || second.equals("family"))) {
                return upper(verb) + " OPERATOR";
            }
            return upper(verb) + " " + upper(kind) + " " + upper(second);
        }
        return kind.isEmpty() ? upper(verb) : upper(verb) + " " + upper(kind);
    }

    /** "create default conversion" keeps DEFAULT out of the tag, "alter default privileges" keeps it. */
    private static boolean isKindAt(List<? extends Token> tokens, int i) {
        return word(tokens, i).equals("default") && word(tokens, i + 1).equals("privileges");
    }

    /** WITH ... SELECT/INSERT/UPDATE/DELETE/MERGE: the tag of the statement after the common table expressions. */
    private static String withTag(List<? extends Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == PostgreSqlLexer.OPEN_PAREN) {
                depth++;
            } else if (type == PostgreSqlLexer.CLOSE_PAREN) {
                depth--;
            } else if (depth == 0) {
                switch (type) {
                    case PostgreSqlLexer.SELECT, PostgreSqlLexer.VALUES -> {
                        return "SELECT";
                    }
                    case PostgreSqlLexer.INSERT -> {
                        return "INSERT";
                    }
                    case PostgreSqlLexer.UPDATE -> {
                        return "UPDATE";
                    }
                    case PostgreSqlLexer.DELETE -> {
                        return "DELETE";
                    }
                    case PostgreSqlLexer.MERGE -> {
                        return "MERGE";
                    }
                    default -> {
                        // keep looking
                    }
                }
            }
        }
        return "SELECT";
    }

    private static boolean hasWordAtDepthZero(List<? extends Token> tokens, String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == PostgreSqlLexer.OPEN_PAREN) {
                depth++;
            } else if (type == PostgreSqlLexer.CLOSE_PAREN) {
                depth--;
            } else if (depth == 0 && word(tokens, i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case text of the token at {@code index} when it is a word, else "". */
    private static String word(List<? extends Token> tokens, int index) {
        if (index >= tokens.size()) {
            return "";
        }
        Token token = tokens.get(index);
        if (token.getType() != PostgreSqlLexer.IDENTIFIER && !ScannerVocabulary.SQL.isKeyword(token.getType())) {
            return "";
        }
        return token.getText().toLowerCase(Locale.ROOT);
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
