package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.concurrent.InOrder;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a whole script: splits it into statements like psql, parses each with the SQL grammar
 * (function bodies with the PL/pgSQL grammar), and keeps going after a statement that fails. A
 * large script is parsed in runs of statements on several threads: statements do not depend on
 * each other, and the result is the same as on one thread.
 */
public final class ScriptParser {
    /** Below this many characters a script is parsed on the calling thread alone. */
    private static final int CHARS_PER_THREAD = 1 << 20;

    private final PhaseTimes times;
    private final int threads;

    public ScriptParser() {
        this(PhaseTimes.NONE);
    }

    /** A parser that charges its time to {@code times}, phase by phase, on the calling thread alone. */
    public ScriptParser(PhaseTimes times) {
        this.times = times;
        this.threads = 1;
    }

    /** A parser that may use up to {@code threads} threads for one large script. */
    public ScriptParser(int threads) {
        this.times = PhaseTimes.NONE;
        this.threads = Math.max(1, threads);
    }

    public ScriptFile parse(SourceFile file) {
        return parse(file, Deadline.none());
    }

    /** Parses within a time budget: past the deadline it throws {@link TimeBudgetExceeded}. */
    public ScriptFile parse(SourceFile file, Deadline deadline) {
        PhaseTimes.Phase outer = times.switchTo(PhaseTimes.Phase.SPLIT);
        ScriptSplitter.Result split = ScriptSplitter.split(file.text());
        List<Segment> segments = split.segments();
        int runs = Math.min(Math.min(threads, segments.size()), 1 + file.text().length() / CHARS_PER_THREAD);
        List<Parsed> parsed = runs <= 1
                ? List.of(parseRun(file, split, segments, deadline))
                : parseRunsInParallel(file, split, segments, runs, deadline);
        times.switchTo(outer);
        List<Statement> statements = new ArrayList<>(segments.size());
        List<SyntaxError> errors = new ArrayList<>();
        for (Parsed run : parsed) {
            statements.addAll(run.statements());
            errors.addAll(run.errors());
        }
        return new ScriptFile(file, statements, errors, split.changesets(), split.includes(), split.connects(),
                split.lineComments());
    }

    private record Parsed(List<Statement> statements, List<SyntaxError> errors) {
    }

    private Parsed parseRun(SourceFile file, ScriptSplitter.Result split, List<Segment> segments, Deadline deadline) {
        List<SyntaxError> errors = new ArrayList<>();
        SqlParsing parsing = new SqlParsing(errors::add, times, deadline);
        List<Statement> statements = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            deadline.check();
            int errorsBefore = errors.size();
            TextSlice slice = TextSlice.inFile(file, split.text(), segment.start(), segment.end());
            Statement statement = parseGuarded(parsing, slice, errors);
            List<Segment> variables = split.psqlVariablesIn(segment);
            if (errors.size() > errorsBefore && !variables.isEmpty()) {
                Statement read = PsqlVariableTokens.read(slice, variables,
                        (text, itsErrors) -> parseGuarded(new SqlParsing(itsErrors::add, times, deadline), text, itsErrors));
                if (read != null) {
                    errors.subList(errorsBefore, errors.size()).clear();
                    statement = read;
                }
            }
            statements.add(statement);
        }
        return new Parsed(statements, errors);
    }

    /** Equal runs of statements, each on a thread of its own. */
    private List<Parsed> parseRunsInParallel(SourceFile file, ScriptSplitter.Result split, List<Segment> segments,
                                             int runs, Deadline deadline) {
        List<List<Segment>> parts = new ArrayList<>(runs);
        for (int run = 0; run < runs; run++) {
            parts.add(segments.subList(run * segments.size() / runs, (run + 1) * segments.size() / runs));
        }
        return InOrder.map(parts, runs, "evtlint-parse-run", part -> parseRun(file, split, part, deadline));
    }

    /** A statement nested beyond what the parser's stack holds is a syntax error of its own, not a crash. */
    private static Statement parseGuarded(SqlParsing parsing, TextSlice slice, List<SyntaxError> errors) {
        try {
            return parsing.statement(slice);
        } catch (StackOverflowError tooDeep) {
            errors.add(new SyntaxError(slice.range(0, Math.min(1, slice.length())),
                    "statement is nested too deeply to analyse"));
            return new Statement.Unparsed(slice.range(0, slice.length()), CommandTags.of(slice), true);
        }
    }
}
