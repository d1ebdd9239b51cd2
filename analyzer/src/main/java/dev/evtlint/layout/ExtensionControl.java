package dev.evtlint.layout;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control file of the extension a script belongs to, found in the script's {@link AnalysedTree}:
 * {@code name.control}, or the {@code name.control.in} template a Makefile turns into it (the
 * version substituted). For a script named {@code name--version.sql} only the control file of that
 * name counts; any other script is a source of the extensions whose control files lie in the
 * nearest folder, from the script's own upwards, that holds any (the {@code sql/*.sql} or
 * {@code scripts-available/*.sql} fragments a Makefile joins into the install script).
 *
 * @param name     the extension, the control file's name without its suffix
 * @param requires the extensions its {@code requires} line names, which CREATE EXTENSION needs
 *                 installed first (and creates with CASCADE)
 * @param library  whether it names the extension's own C library ({@code module_pathname}, what
 *                 {@code MODULE_PATHNAME} in its scripts stands for)
 */
public record ExtensionControl(String name, List<String> requires, boolean library) {
    private static final List<String> SUFFIXES = List.of(".control", ".control.in");
    /** {@code requires = 'a, b'}: a control file is a list of {@code parameter = value} lines, '#' comments. */
    private static final Pattern REQUIRES = Pattern.compile("^\\s*requires\\s*=\\s*'([^']*)'", Pattern.MULTILINE);
    private static final FolderListings.NameFilter CONTROL_FILES =
            new FolderListings.NameFilter("extension control files", name -> extensionOf(name).isPresent());
    private static final Pattern MODULE_PATHNAME = Pattern.compile("^\\s*module_pathname\\s*=", Pattern.MULTILINE);

    public ExtensionControl {
        requires = List.copyOf(requires);
    }

    /**
     * The control files of the extension {@code file} belongs to; none for text without a file or
     * outside any extension. Not kept with the file: {@link RunOnceLayout} asks while it computes an
     * answer it keeps there, and the file's store takes no nested computation.
     */
    public static List<ExtensionControl> of(SourceFile file) {
        return AnalysedTree.of(file).map(tree -> find(tree, ExtensionScripts.extensionName(file))).orElse(List.of());
    }

    /**
     * Whether the custom setting {@code setting} belongs to the C library of the extension
     * {@code file} is a script of: a library defines its settings under its extension's name
     * ({@code anon.maskschema}), with their defaults, when it is loaded, which the extension's C
     * functions and the server's preload settings do; whether it is, the scripts do not show.
     */
    public static boolean librarySetting(SourceFile file, String setting) {
        String lower = setting.toLowerCase(Locale.ROOT);
        return of(file).stream().anyMatch(control -> control.library()
                && lower.startsWith(control.name().toLowerCase(Locale.ROOT) + "."));
    }

    private static List<ExtensionControl> find(AnalysedTree tree, String scriptsExtension) {
        for (Path folder : tree.foldersUpToRoot()) {
            List<Path> controls = AnalysedTree.filesIn(folder, CONTROL_FILES).stream()
                    .filter(control -> scriptsExtension == null
                            || extensionOf(control.getFileName().toString()).orElseThrow().equals(scriptsExtension))
                    .toList();
            if (!controls.isEmpty()) {
                List<ExtensionControl> found = new ArrayList<>();
                controls.forEach(control -> found.add(read(control)));
                return List.copyOf(found);
            }
        }
        return List.of();
    }

    /** The extension a file name is the control file of. */
    private static Optional<String> extensionOf(String fileName) {
        return SUFFIXES.stream().filter(suffix -> fileName.endsWith(suffix) && fileName.length() > suffix.length())
                .map(suffix -> fileName.substring(0, fileName.length() - suffix.length())).findFirst();
    }

    private static ExtensionControl read(Path control) {
        String name = extensionOf(control.getFileName().toString()).orElseThrow();
        String text;
        try {
            text = Files.readString(control);
        } catch (IOException e) {
            // Unreadable or not UTF-8: still an extension's control file, with requirements unknown.
            return new ExtensionControl(name, List.of(), false);
        }
        List<String> requires = new ArrayList<>();
        Matcher matcher = REQUIRES.matcher(text);
        while (matcher.find()) {
            Arrays.stream(matcher.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(requires::add);
        }
        return new ExtensionControl(name, requires, MODULE_PATHNAME.matcher(text).find());
    }
}
