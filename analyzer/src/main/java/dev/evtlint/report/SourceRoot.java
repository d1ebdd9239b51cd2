package dev.evtlint.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns files into SARIF artifact locations relative to the source root (the repository root),
 * because GitHub resolves a relative {@code uri} against the repository root and ignores
 * {@code uriBaseId}. Paths are compared with symbolic links resolved, joined with {@code /}
 * and percent-encoded. A file outside the root gets an absolute {@code file:} URI instead.
 */
final class SourceRoot {
    static final String BASE_ID = "%SRCROOT%";

    private final Path root;
    private final Path workingDirectory;

    /**
     * @param root             the directory that URIs are relative to
     * @param workingDirectory what relative file paths and display paths are relative to
     */
    SourceRoot(Path root, Path workingDirectory) {
        this.root = canonical(root);
        this.workingDirectory = workingDirectory.toAbsolutePath();
    }

    /** {@code %SRCROOT%} as an absolute {@code file:} URI ending in {@code /}, as SARIF requires. */
    OriginalUriBaseIds originalUriBaseIds() {
        String uri = root.toUri().toASCIIString();
        return new OriginalUriBaseIds().withAdditionalProperty(BASE_ID,
                new ArtifactLocation().withUri(uri.endsWith("/") ? uri : uri + "/"));
    }

    /** The location of an analysed file; text without a file stands at its display path. */
    ArtifactLocation artifact(SourceFile file) {
        return file.path() != null ? artifact(file.path()) : artifact(file.displayPath());
    }

    /** The location of a file named by its display path (relative to the working directory). */
    ArtifactLocation artifact(String displayPath) {
        return artifact(Path.of(displayPath));
    }

    private ArtifactLocation artifact(Path path) {
        Path file = canonical(workingDirectory.resolve(path));
        if (!file.startsWith(root)) {
            return new ArtifactLocation().withUri(file.toUri().toASCIIString());
        }
        StringBuilder uri = new StringBuilder();
        for (Path name : root.relativize(file)) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            appendEncoded(uri, name.toString());
        }
        return new ArtifactLocation().withUri(uri.toString()).withUriBaseId(BASE_ID);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters. Encoding more than needed is
     * harmless (upload-sarif decodes with decodeURIComponent) and keeps names with spaces,
     * {@code #}, {@code :} or non-ASCII letters valid URI references.
     */
    private static void appendEncoded(StringBuilder uri, String segment) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
    }

    /** The real path when the file exists (GitHub wants symbolic links resolved), else the normalised one. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }
}
