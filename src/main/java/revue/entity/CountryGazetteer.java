package revue.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The phrases that name a country: every sovereign country's French, English and Arabic name from
 * the JDK's CLDR data, plus the short forms, demonyms and exceptions of {@code revue/countries.tsv}
 * (whose header documents the format).
 *
 * <p>Immutable once built, thread-safe.
 */
final class CountryGazetteer {

  /** How a phrase must look in running text to count. */
  enum Kind {
    NAME,
    ANYCASE,
    ACRONYM,
    PERSON,
    GUARDED,
    DEMONYM_EN
  }

  /**
   * What a phrase means.
   *
   * @param code ISO 3166 alpha-2, or null for a phrase that is no country mention
   * @param kind how the phrase must look in text
   * @param firstWord the phrase's first folded word
   * @param guards folded words one of which must precede a {@link Kind#GUARDED} phrase
   */
  record Entry(String code, Kind kind, String firstWord, Set<String> guards) {}

  static final String RESOURCE = "/revue/countries.tsv";

  /** ISO codes of territories that are not sovereign countries (the issue asks for countries). */
  private static final Set<String> NOT_SOVEREIGN =
      Set.of(
          "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "FK", "FO",
          "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO",
          "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC",
          "TF", "TK", "UM", "VG", "VI", "WF", "YT");

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private final PhraseTrie<Entry> trie = new PhraseTrie<>();
  private final Set<String> codes;

  /**
   * Folded forms per code that are safe to search as text (no person names, guarded words,
   * acronyms).
   */
  private final java.util.Map<String, Set<String>> searchForms = new java.util.HashMap<>();

  private CountryGazetteer(Set<String> codes) {
    this.codes = codes;
  }

  PhraseTrie<Entry> trie() {
    return trie;
  }

  /** Folded names and demonyms of a country that are safe to search as plain text. */
  Set<String> searchForms(String code) {
    return searchForms.getOrDefault(code, Set.of());
  }

  /** Every country code the gazetteer knows. */
  Set<String> codes() {
    return codes;
  }

  /** Each code's searchable forms, in the order they were added (for {@link GazetteerSnapshot}). */
  java.util.Map<String, Set<String>> allSearchForms() {
    return java.util.Collections.unmodifiableMap(searchForms);
  }

  /** An empty gazetteer over these codes, that {@link GazetteerSnapshot} fills as it was built. */
  static CountryGazetteer restoring(Set<String> codes) {
    return new CountryGazetteer(Set.copyOf(codes));
  }

  /** Puts back a phrase and its meaning as {@link #load} left them. */
  void restorePhrase(List<String> words, Entry entry) {
    trie.put(words, entry, (old, neu) -> neu);
  }

  /** Puts back a searchable form, in order. */
  void restoreSearchForm(String code, String form) {
    searchForms.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(form);
  }

  /** Builds the gazetteer from the JDK's tables and {@value #RESOURCE}. */
  static CountryGazetteer load() {
    List<String[]> rules = readRules();
    Set<String> codes = JdkTables.regionCodes();
    codes.removeAll(NOT_SOVEREIGN);
    CountryGazetteer g = new CountryGazetteer(Set.copyOf(codes));

    Set<String> dropped = new HashSet<>();
    Set<String> arabicDemonymGiven = new HashSet<>();
    for (String[] r : rules) {
      switch (r[1]) {
        case "drop" -> {
          for (String f : r[2].split("\\|")) {
            dropped.add(TextFolding.fold(f));
          }
        }
        case "demonym-ar", "nodemonym-ar" -> arabicDemonymGiven.add(r[0]);
        default -> {}
      }
    }

    // CLDR first, so that the hand-written rules that follow override it phrase by phrase.
    JdkTables cldr = JdkTables.get();
    for (String code : codes) {
      for (Locale lang : JdkTables.LANGUAGES) {
        for (String name : nameParts(cldr.countryName(code, lang))) {
          if (!dropped.contains(TextFolding.fold(name))) {
            g.add(code, Kind.NAME, name, Set.of());
          }
        }
      }
      if (!arabicDemonymGiven.contains(code)) {
        String nisba = arabicNisba(cldr.countryName(code, ARABIC));
        if (nisba != null) {
          for (String form : arabicDemonymForms(nisba)) {
            g.add(code, Kind.ANYCASE, form, Set.of());
          }
        }
      }
    }

    for (String[] r : rules) {
      String code = r[0].equals("-") ? null : r[0];
      if (code != null && !codes.contains(code)) {
        throw new IllegalStateException(RESOURCE + ": unknown country code " + code);
      }
      Set<String> guards = new HashSet<>();
      if (r.length > 3) {
        for (String w : r[3].split("\\|")) {
          guards.add(TextFolding.fold(w));
        }
      }
      for (String form : r[2].split("\\|")) {
        switch (r[1]) {
          case "name" -> g.add(code, Kind.NAME, form, Set.of());
          case "anycase" -> g.add(code, Kind.ANYCASE, form, Set.of());
          case "acronym" -> g.add(code, Kind.ACRONYM, form, Set.of());
          case "person" -> g.add(code, Kind.PERSON, form, Set.of());
          case "guarded" -> g.add(code, Kind.GUARDED, form, Set.copyOf(guards));
          case "demonym-fr" -> {
            for (String f : frenchDemonymForms(form)) {
              g.add(code, Kind.ANYCASE, f, Set.of());
            }
          }
          case "demonym-en" -> {
            g.add(code, Kind.DEMONYM_EN, form, Set.of());
            if (!form.endsWith("s")
                && !form.endsWith("sh")
                && !form.endsWith("ese")
                && !form.endsWith("ch")) {
              g.add(code, Kind.DEMONYM_EN, form + "s", Set.of());
            }
          }
          case "demonym-ar" -> {
            for (String f : arabicDemonymForms(form)) {
              g.add(code, Kind.ANYCASE, f, Set.of());
            }
          }
          case "drop", "nodemonym-ar" -> {}
          default ->
              throw new IllegalStateException(RESOURCE + ": unknown kind " + r[1] + " for " + r[0]);
        }
      }
    }
    return g;
  }

  private void add(String code, Kind kind, String phrase, Set<String> guards) {
    List<String> words = new ArrayList<>();
    for (Token t : TextFolding.tokens(phrase)) {
      words.add(t.norm());
    }
    if (words.isEmpty()) {
      return;
    }
    if (code != null && (kind == Kind.NAME || kind == Kind.ANYCASE || kind == Kind.DEMONYM_EN)) {
      searchForms.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(String.join(" ", words));
    }
    // Later rules override earlier ones (hand rules over CLDR), except that a form already
    // allowed in any case stays so: French "nigérien" is not made capital-only by English
    // "Nigerien".
    trie.put(
        words,
        new Entry(code, kind, words.get(0), guards),
        (old, neu) ->
            Objects.equals(old.code(), neu.code())
                    && old.kind() == Kind.ANYCASE
                    && (neu.kind() == Kind.NAME || neu.kind() == Kind.DEMONYM_EN)
                ? old
                : neu);
  }

  /** "Myanmar (Birmanie)" names both; "Congo - Kinshasa" is one name. */
  static List<String> nameParts(String display) {
    List<String> out = new ArrayList<>();
    int open = display.indexOf('(');
    if (open > 0 && display.endsWith(")")) {
      out.add(display.substring(0, open).trim());
      out.add(display.substring(open + 1, display.length() - 1).trim());
    } else {
      out.add(display.replace("&", "and"));
    }
    return out;
  }

  /** French masculine singular to all four forms: marocain, marocaine, marocains, marocaines. */
  static Set<String> frenchDemonymForms(String masculine) {
    Set<String> out = new LinkedHashSet<>();
    String m = masculine;
    String f;
    if (m.endsWith("e")) {
      f = m;
    } else if (m.endsWith("ien") || m.endsWith("on")) {
      f = m + "ne";
    } else if (m.endsWith("c") && !m.endsWith("ec")) {
      f = m + "que";
    } else {
      f = m + "e";
    }
    out.add(m);
    out.add(f);
    out.add(m.endsWith("s") || m.endsWith("x") ? m : m + "s");
    out.add(f + "s");
    if (m.equals("grec")) {
      out.add("grecque");
      out.add("grecques");
    }
    return out;
  }

  /**
   * The nisba an Arabic country name derives, without article: الجزائر -> جزائري, فرنسا -> فرنسي,
   * ألمانيا -> ألماني, السعودية -> سعودي; null for names of several words.
   */
  static String arabicNisba(String arabicName) {
    String n = arabicName.trim();
    if (n.isEmpty() || n.contains(" ") || n.contains("(")) {
      return null;
    }
    if (n.startsWith("ال")) {
      n = n.substring(2);
    }
    if (n.endsWith("ية")) {
      return n.substring(0, n.length() - 1);
    }
    if (n.endsWith("يا")) {
      return n.substring(0, n.length() - 1);
    }
    if (n.endsWith("ا")) {
      return n.substring(0, n.length() - 1) + "ي";
    }
    if (n.endsWith("ي")) {
      return n;
    }
    return n + "ي";
  }

  /** A masculine nisba to its forms: مغربي, مغربية, مغربيون, مغربيين, مغربيان, مغربيات. */
  static List<String> arabicDemonymForms(String nisba) {
    return List.of(
        nisba,
        nisba + "ة",
        nisba + "ون",
        nisba + "ين",
        nisba + "ان",
        nisba + "ات",
        nisba + "تان",
        nisba + "تين");
  }

  private static List<String[]> readRules() {
    List<String[]> rules = new ArrayList<>();
    try (InputStream in = CountryGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          throw new IllegalStateException(RESOURCE + ": expected CODE<TAB>KIND<TAB>forms: " + line);
        }
        rules.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }
}
