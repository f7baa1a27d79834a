package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JdkTablesTest {

  @Test
  void theBuildBundlesTheTablesOfTheJdkThatRunsTheTests() throws IOException {
    // Maven writes the resource at process-classes with the toolchain JDK, which also runs the tests
    try (InputStream in = JdkTables.class.getResourceAsStream(JdkTables.RESOURCE)) {
      assertNotNull(in, JdkTables.RESOURCE + " missing: the build's exec step did not run");
      JdkTables bundled = JdkTables.read(in, JdkTables.jdkKey()).orElseThrow();
      assertTrue(bundled.sameAs(JdkTables.live()), "bundled tables differ from the JDK's own data");
    }
    assertTrue(JdkTables.bundled().isPresent());
  }

  @Test
  void countryNamesAreTheCldrNames() {
    JdkTables tables = JdkTables.get();
    assertEquals("Niger", tables.countryName("NE", Locale.FRENCH));
    assertEquals("Morocco", tables.countryName("MA", Locale.ENGLISH));
    assertEquals("المغرب", tables.countryName("MA", Locale.forLanguageTag("ar")));
    assertEquals("Kosovo", tables.countryName("XK", Locale.ENGLISH));
    // a language the tables do not hold is asked of the JDK
    assertEquals(Locale.of("", "DE").getDisplayCountry(Locale.GERMAN), tables.countryName("DE", Locale.GERMAN));
  }

  @Test
  void tablesWrittenByAnotherJdkAreIgnored() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JdkTables.live().write(out, "21.0.1+12 ");
    byte[] bytes = out.toByteArray();
    assertTrue(JdkTables.read(new ByteArrayInputStream(bytes), JdkTables.jdkKey()).isEmpty());
    JdkTables same = JdkTables.read(new ByteArrayInputStream(bytes), "21.0.1+12 ").orElseThrow();
    assertTrue(same.sameAs(JdkTables.live()));
  }

  @Test
  void theFoldingTableIsWhatFoldSlowGivesCharByChar() {
    char[] table = JdkTables.get().foldingTable();
    assertEquals(0x700, table.length);
    assertEquals('e', table['é']);
    assertEquals('\u0627', table['\u0623']); // alef with hamza above -> alef
    assertEquals('\uFFFF', table['\u0640']); // tatweel folds to nothing
    assertEquals('\uFFFE', table['œ']); // several chars: "oe"
    assertEquals("oeuvre", TextFolding.fold("Œuvre"));
  }
}
