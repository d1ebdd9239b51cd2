package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar bundles third-party libraries: whoever receives it must also receive evtlint's
 * licence and the licence texts that the bundled MIT and BSD libraries require to be reproduced.
 */
class LicenceFilesTest {

  @Test
  void theJarCarriesEvtlintsLicenceAndNotice() throws IOException {
    assertTrue(resource("LICENSE").contains("Apache License"));
    assertTrue(resource("LICENSE").contains("Version 2.0, January 2004"));
    assertTrue(resource("NOTICE").contains("Apache License, Version 2.0"));
  }

  @Test
  void theJarCarriesTheLicencesOfTheBundledNonApacheLibraries() throws IOException {
    assertTrue(resource("licenses/antlr4-runtime.txt").contains("The ANTLR Project"));
    assertTrue(resource("licenses/java-sarif.txt").contains("Contrast Security"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LicenceFilesTest.class.getResourceAsStream("/META-INF/evtlint/" + name)) {
      assertNotNull(in, "META-INF/evtlint/" + name + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
