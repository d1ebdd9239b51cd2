package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every start of the command maps its classes from a class-data archive (docs/performance.md).
 * Java 17 refuses to archive class files older than version 50 (Java 6), so a library shipped as
 * such (picocli's own jar is version 49) would be loaded and verified from the jar at every start:
 * the CLI uses picocli compiled from its sources (module picocli).
 */
class ArchivableClassesTest {

  private static final int FIRST_ARCHIVABLE_CLASS_FILE_VERSION = 50;

  @Test
  void picocliIsCompiledForAVersionTheClassDataArchiveKeeps() throws IOException {
    int version = classFileMajorVersion(CommandLine.class);
    assertTrue(version >= FIRST_ARCHIVABLE_CLASS_FILE_VERSION,
        "picocli's class files are version " + version + ", which class-data sharing refuses");
  }

  private static int classFileMajorVersion(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      assertNotNull(in, type.getName());
      DataInputStream data = new DataInputStream(in);
      data.readInt(); // 0xCAFEBABE
      data.readUnsignedShort(); // minor version
      return data.readUnsignedShort();
    }
  }
}
