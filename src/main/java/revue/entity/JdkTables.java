package revue.entity;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the gazetteers take from the JDK's locale and Unicode data: every region's name in French,
 * English and Arabic (CLDR) and {@link TextFolding}'s folding table.
 *
 * <p>Deriving them was a large share of a cold one-shot search's CPU (CLDR look-ups, Unicode
 * decompositions; docs/benchmarks.md, "A cold one-shot search"), so the build computes them once,
 * with the JDK that builds revue, into the resource {@value #RESOURCE} ({@link #main}, run by Maven
 * at process-classes). A cold start reads that instead. The resource is used only on the very JDK
 * that wrote it (version and locale providers); any other JDK, or a build without the resource (an
 * IDE's), derives the tables live, with the same result as before the resource existed.
 *
 * <p>Immutable, thread-safe.
 */
final class JdkTables {

  static final String RESOURCE = "/revue/jdk-tables.bin";

  private static final String FORMAT = "revue-jdk-tables-1";

  /** The languages of country names, in the order {@link #countryNames} gives them. */
  static final List<Locale> LANGUAGES =
      List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

  /** Codes CLDR names beyond {@link Locale#getISOCountries()}: Kosovo. */
  private static final List<String> EXTRA_CODES = List.of("XK");

  /** Every region code the tables name: ISO 3166 alpha-2 and {@link #EXTRA_CODES}, sorted. */
  static TreeSet<String> regionCodes() {
    TreeSet<String> codes = new TreeSet<>(List.of(Locale.getISOCountries()));
    codes.addAll(EXTRA_CODES);
    return codes;
  }

  private final Map<String, List<String>> countryNames;
  private final char[] foldingTable;

  private JdkTables(Map<String, List<String>> countryNames, char[] foldingTable) {
    this.countryNames = countryNames;
    this.foldingTable = foldingTable;
  }

  private static final class Resource {
    static final Optional<JdkTables> BUNDLED = readBundled();
  }

  private static final class Tables {
    static final JdkTables INSTANCE = Resource.BUNDLED.orElseGet(JdkTables::live);
  }

  /** The tables of the running JDK: the bundled resource when this JDK wrote it, else live. */
  static JdkTables get() {
    return Tables.INSTANCE;
  }

  /**
   * The bundled tables when the running JDK wrote them. {@link TextFolding} starts from these, not
   * from {@link #get}, whose live derivation needs {@link TextFolding}.
   */
  static Optional<JdkTables> bundled() {
    return Resource.BUNDLED;
  }

  /** A region's display name in one of {@link #LANGUAGES}. */
  String countryName(String code, Locale language) {
    List<String> names = countryNames.get(code);
    int i = LANGUAGES.indexOf(language);
    if (names == null || i < 0) {
      return Locale.of("", code).getDisplayCountry(language);
    }
    return names.get(i);
  }

  /** {@link TextFolding}'s table: each char's folded form below U+0700 (see there). */
  char[] foldingTable() {
    return foldingTable.clone();
  }

  /** The key a resource must carry to be used: the JDK's version and its locale providers. */
  static String jdkKey() {
    return Runtime.version() + " " + System.getProperty("java.locale.providers", "");
  }

  /** Derives the tables from the running JDK. */
  static JdkTables live() {
    TreeSet<String> codes = regionCodes();
    Map<String, List<String>> names = new HashMap<>();
    for (String code : codes) {
      Locale region = Locale.of("", code);
      List<String> byLanguage = new ArrayList<>(LANGUAGES.size());
      for (Locale language : LANGUAGES) {
        byLanguage.add(region.getDisplayCountry(language));
      }
      names.put(code, List.copyOf(byLanguage));
    }
    return new JdkTables(names, TextFolding.deriveFoldingTable());
  }

  private static Optional<JdkTables> readBundled() {
    try (InputStream in = JdkTables.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : read(in, jdkKey());
    } catch (IOException e) {
      // an unreadable resource is no worse than a missing one: the tables are derived live
      return Optional.empty();
    }
  }

  /** Reads tables written by {@link #write}; empty when they were written for another key. */
  static Optional<JdkTables> read(InputStream in, String key) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    if (!data.readUTF().equals(FORMAT) || !data.readUTF().equals(key)) {
      return Optional.empty();
    }
    int count = data.readInt();
    Map<String, List<String>> names = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String code = data.readUTF();
      String[] byLanguage = new String[LANGUAGES.size()];
      for (int l = 0; l < byLanguage.length; l++) {
        byLanguage[l] = data.readUTF();
      }
      names.put(code, List.of(byLanguage));
    }
    char[] table = new char[data.readInt()];
    for (int i = 0; i < table.length; i++) {
      table[i] = data.readChar();
    }
    return Optional.of(new JdkTables(names, table));
  }

  /** Writes the tables under a key (normally {@link #jdkKey()}). */
  void write(OutputStream out, String key) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(FORMAT);
    data.writeUTF(key);
    data.writeInt(countryNames.size());
    for (String code : new TreeSet<>(countryNames.keySet())) {
      data.writeUTF(code);
      for (String name : countryNames.get(code)) {
        data.writeUTF(name);
      }
    }
    data.writeInt(foldingTable.length);
    for (char c : foldingTable) {
      data.writeChar(c);
    }
    data.flush();
  }

  /** Same names for every region and language, and the same folding table. */
  boolean sameAs(JdkTables other) {
    return countryNames.equals(other.countryNames)
        && java.util.Arrays.equals(foldingTable, other.foldingTable);
  }

  /**
   * Writes the running JDK's tables to the file named by the one argument (the build runs this).
   */
  public static void main(String[] args) {
    BuildResource.main("JdkTables", args, out -> live().write(out, jdkKey()));
  }
}
