package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JdkTablesTest {

  @Test
  void theBuildBundlesTheTablesOfTheJdkThatRunsTheTests() throws IOException {
    // Maven writes the resource at process-classes with the toolchain JDK, which also runs the
    // tests
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
    assertEquals(
        Locale.of("", "DE").getDisplayCountry(Locale.GERMAN),
        tables.countryName("DE", Locale.GERMAN));
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

  /**
   * Every char of the table, U+0000 to U+06FF, against a folding written here from the rules
   * TextFolding documents (Unicode decomposition without its marks, the Arabic letter variants, the
   * ligatures, then lower case), and against what {@link TextFolding#fold} makes of the char.
   */
  @Test
  void theFoldingTableIsWhatFoldSlowGivesCharByChar() {
    char[] table = JdkTables.get().foldingTable();
    assertEquals(0x700, table.length);
    List<String> wrong = new ArrayList<>();
    for (char c = 0; c < table.length; c++) {
      String expected = expectedFold(c);
      char expectedEntry =
          c == '\u03A3'
              ? '\uFFFE' // capital sigma: σ or ς depends on its place, left to foldSlow
              : expected.isEmpty()
                  ? '\uFFFF'
                  : expected.length() == 1 ? expected.charAt(0) : '\uFFFE';
      if (table[c] != expectedEntry) {
        wrong.add(
            String.format(
                Locale.ROOT,
                "U+%04X %s: table U+%04X, expected U+%04X",
                (int) c,
                c,
                (int) table[c],
                (int) expectedEntry));
      }
      if (c != '\u03A3' && !TextFolding.fold(String.valueOf(c)).equals(expected)) {
        wrong.add(
            String.format(
                Locale.ROOT,
                "U+%04X %s: fold gives %s, expected %s",
                (int) c,
                c,
                TextFolding.fold(String.valueOf(c)),
                expected));
      }
    }
    assertEquals(List.of(), wrong);
    // and some by hand
    assertEquals('e', table['é']);
    assertEquals('\u0627', table['\u0623']); // alef with hamza above -> alef
    assertEquals('\u0647', table['\u0629']); // teh marbuta -> heh
    assertEquals('\u064A', table['\u0649']); // alef maksura -> yeh
    assertEquals('3', table['\u0663']); // Arabic-Indic three
    assertEquals('\uFFFF', table['\u0640']); // tatweel folds to nothing
    assertEquals('\uFFFF', table['\u064E']); // fatha folds to nothing
    assertEquals('\uFFFE', table['œ']); // several chars: "oe"
    assertEquals('\uFFFE', table['ß']); // "ss"
    assertEquals('a', table['A']);
    assertEquals("oeuvre", TextFolding.fold("Œuvre"));
  }

  /** One char folded by the rules, independently of TextFolding's tables. */
  private static String expectedFold(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      int type = Character.getType(d);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue; // accents, harakat, the hamza of أ إ ؤ ئ
      }
      String folded =
          switch (d) {
            case '\u0640', '\u0621' -> ""; // tatweel, lone hamza
            case '\u0629' -> "\u0647"; // teh marbuta -> heh
            case '\u0649', '\u06CC' -> "\u064A"; // alef maksura, Farsi yeh -> yeh
            case '\u0671' -> "\u0627"; // alef wasla -> alef
            case '\u06A9' -> "\u0643"; // keheh -> kaf
            case 'œ', 'Œ' -> "oe";
            case 'æ', 'Æ' -> "ae";
            case 'ß' -> "ss";
            default ->
                d >= '\u0660' && d <= '\u0669'
                    ? String.valueOf((char) ('0' + d - '\u0660'))
                    : d >= '\u06F0' && d <= '\u06F9'
                        ? String.valueOf((char) ('0' + d - '\u06F0'))
                        : String.valueOf(d);
          };
      b.append(folded);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
