package dev.evtlint.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles small rule sources with the processor and reads what it registered or refused. */
class RuleRegistrationProcessorTest {
    private static final String IMPORTS = """
            import dev.evtlint.rule.Category;
            import dev.evtlint.rule.Rule;
            import dev.evtlint.rule.RuleContext;
            import dev.evtlint.rule.RuleMeta;
            import dev.evtlint.rule.Severity;
            """;

    @TempDir
    Path root;

    private record Compilation(boolean succeeded, String diagnostics, Path classes) {
        String services() throws IOException {
            return Files.readString(classes.resolve(RuleRegistrationProcessor.SERVICES));
        }
    }

    private static String rule(String pkg, String className, String id, String name, String category) {
        return "package " + pkg + ";\n" + IMPORTS + """
                @RuleMeta(id = "%s", name = "%s", summary = "s", severity = Severity.WARNING,
                        category = Category.%s, since = "0.1.0")
                public final class %s implements Rule {
                    @Override
                    public void check(RuleContext context) {
                    }
                }
                """.formatted(id, name, category, className);
    }

    private Compilation compile(Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(root.resolve("src"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, fileManager, null,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:only"),
                    null, units);
            task.setProcessors(List.of(new RuleRegistrationProcessor()));
            return new Compilation(task.call(), diagnostics.toString(), classes);
        }
    }

    @Test
    void registersTheRuleClassesOfEveryPackageSortedByBinaryName() throws IOException {
        String nested = "package dev.evtlint.rules.events;\n" + IMPORTS + """
                public final class Holder {
                    @RuleMeta(id = "EVT299", name = "nested-rule", summary = "s", severity = Severity.NOTE,
                            category = Category.EVENTS, since = "0.1.0")
                    public static final class Nested implements Rule {
                        @Override
                        public void check(RuleContext context) {
                        }
                    }
                }
                """;
        Compilation compilation = compile(Map.of(
                "dev/evtlint/rules/login/A.java", rule("dev.evtlint.rules.login", "A", "EVT198", "a-rule", "LOGIN"),
                "dev/evtlint/rules/B.java", rule("dev.evtlint.rules", "B", "EVT398", "b-rule", "ORDERING"),
                "dev/evtlint/rules/events/Holder.java", nested));
        assertTrue(compilation.succeeded(), compilation.diagnostics());
        assertEquals("dev.evtlint.rules.B\ndev.evtlint.rules.events.Holder$Nested\ndev.evtlint.rules.login.A\n",
                compilation.services());
    }

    @Test
    void anIdWhoseDigitIsNotItsCategorysIsACompileError() throws IOException {
        Compilation compilation = compile(Map.of("p/A.java", rule("p", "A", "EVT298", "a-rule", "LOGIN")));
        assertFalse(compilation.succeeded());
        assertTrue(compilation.diagnostics().contains("ID EVT298 does not start with 1, the digit of its category LOGIN"),
                compilation.diagnostics());
    }

    @Test
    void twoRulesWithOneNameAreACompileError() throws IOException {
        Compilation compilation = compile(Map.of(
                "p/A.java", rule("p", "A", "EVT198", "same-name", "LOGIN"),
                "q/B.java", rule("q", "B", "EVT199", "same-name", "LOGIN")));
        assertFalse(compilation.succeeded());
        assertTrue(compilation.diagnostics().contains("2 rules share the name same-name"), compilation.diagnostics());
    }

    @Test
    void aClassServiceLoaderCannotInstantiateIsACompileError() throws IOException {
        String notARule = rule("p", "A", "EVT198", "a-rule", "LOGIN").replace(" implements Rule", "")
                .replace("@Override", "");
        String privateConstructor = rule("q", "B", "EVT199", "b-rule", "LOGIN")
                .replace("    @Override", "    private B() {\n    }\n\n    @Override");
        Compilation compilation = compile(Map.of("p/A.java", notARule, "q/B.java", privateConstructor));
        assertFalse(compilation.succeeded());
        assertEquals(2, compilation.diagnostics().split("ServiceLoader can instantiate", -1).length - 1,
                compilation.diagnostics());
    }
}
