package dev.evtlint.report;

import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Serialises java-sarif's POJOs: indented by two spaces, {@code \n} line ends on every platform,
 * property-bag entries sorted by key, so that the same log always gives the same bytes.
 */
final class SarifJson {
    private static final ObjectWriter WRITER = createWriter();

    /**
     * java-sarif marks its classes {@code NON_DEFAULT}, which drops a value equal to the class's
     * default: {@code result.level} "warning" would vanish and GitHub would then show the rule's
     * default level, and so would {@code defaultConfiguration.level} "warning". With this
     * mix-in only null and empty values are left out; the other defaults must then be nulled.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class IncludeNonEmpty {
    }

    /**
     * As {@link IncludeNonEmpty}, except that an empty {@code suppressions} array is written: it
     * says "not suppressed", where its absence says "unknown" (SARIF 2.1.0 section 3.27.23).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class ResultInclusion {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Set<Suppression> getSuppressions();
    }

    private SarifJson() {
    }

    /** Writes the log and a final line break; {@code out} stays open. */
    static void write(SarifSchema210 log, OutputStream out) throws IOException {
        WRITER.writeValue(out, log);
        out.write('\n');
        out.flush();
    }

    private static ObjectWriter createWriter() {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addMixIn(Result.class, ResultInclusion.class)
                .addMixIn(ReportingConfiguration.class, IncludeNonEmpty.class)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }
}
