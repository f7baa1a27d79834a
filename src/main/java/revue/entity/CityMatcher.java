package revue.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import revue.entity.PhraseTrie.Match;

/**
 * Finds the country a city of {@code revue/entity/cities.txt} stands for, where the text makes the
 * city the article's place: its dateline ("RABAT (Reuters) -", "الرباط، 15 يناير 2023") or a clear
 * locative, which is narrowly a locative preposition right before the city ("à Rabat", "in Rabat",
 * "في الرباط", "بالرباط") in the title or the first sentence of the body. A city named anywhere
 * else, or without the preposition ("Washington a annoncé"), is taken as named in passing and adds
 * nothing.
 *
 * <p>Immutable once built, thread-safe.
 */
final class CityMatcher {

  static final String RESOURCE = "cities.txt";

  /** Latin-script locative prepositions, as written: "à" folds to "a", which English uses too. */
  private static final Set<String> LATIN_LOCATIVES = Set.of("à", "À", "in", "In");

  /** The Arabic locative preposition written as a word. */
  private static final String FI = "في";

  /** What may fuse before a city and make it a locative: ب (in), and after و or ف (and). */
  private static final Set<String> ARABIC_LOCATIVE_CLITICS = Set.of("ب", "وب", "فب");

  static final String REGIONS = "regions.txt";

  private final PhraseTrie<String> trie = new PhraseTrie<>();

  /** A region's country, and whether the name must be written with its final dot ("La."). */
  private record Region(String code, boolean dot) {}

  private final PhraseTrie<Region> regions = new PhraseTrie<>();

  CityMatcher() {
    places(
        REGIONS,
        (code, name, words) ->
            regions.put(words, new Region(code, name.endsWith(".")), (a, b) -> a.dot() ? b : a));
    // a name listed under two codes keeps its first: the file's order decides
    places(RESOURCE, (code, name, words) -> trie.put(words, code, (a, b) -> a));
  }

  /** Where a place list's entry goes: its country, one of its names, and that name's words. */
  @FunctionalInterface
  private interface Place {
    void add(String code, String name, List<String> words);
  }

  /** Reads a list of {@code CODE<TAB>name|name...} lines, each name folded into its words. */
  private static void places(String resource, Place out) {
    for (String entry : WordLists.entries(resource)) {
      int tab = entry.indexOf('\t');
      if (tab != 2) {
        throw new IllegalStateException(
            "revue/entity/" + resource + ": expected CODE<TAB>name|name...: " + entry);
      }
      String code = entry.substring(0, tab);
      for (String name : entry.substring(tab + 1).split("\\|")) {
        List<String> words = new ArrayList<>();
        for (Token t : TextFolding.tokens(name)) {
          words.add(t.norm());
        }
        if (!words.isEmpty()) {
          out.add(code, name, words);
        }
      }
    }
  }

  /**
   * The country of the city a dateline starts with, when the city stands alone before the rest:
   * "TOKYO, March 3 -", "Rabat, le 15 janvier 2023", "RABAT (Reuters)", "الرباط، 15 يناير",
   * "Niamey".
   *
   * @param tokens the dateline's words ({@link TextFolding#tokens})
   */
  Optional<Mention> inDateline(String dateline, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    Token first = tokens.get(0);
    if (!first.isArabic() && !first.isCapitalized()) {
      return Optional.empty();
    }
    Match<String> m = trie.longestAt(CountryMatcher.forms(tokens), 0);
    if (m == null || !tokens.get(0).norm().equals(firstForm(tokens.get(0), m))) {
      // "بالرباط" opens a sentence, not a dateline
      return Optional.empty();
    }
    int end = tokens.get(m.to() - 1).end();
    if (m.to() < tokens.size() && !standsAlone(dateline, end, tokens.get(m.to()))) {
      return Optional.empty();
    }
    int start = first.start();
    return Optional.of(new Mention(m.value(), start, end, dateline.substring(start, end)));
  }

  /**
   * The country of the state, province or constituent country a dateline writes right after its
   * city ("MEMPHIS, Tenn., March 18 -", "WOODSTOCK, Ontario,", "ST. PETERSBURG, Fla.": the United
   * States, not Russia), from {@code revue/entity/regions.txt}; the span is the city and the
   * region.
   *
   * @param tokens the dateline's words ({@link TextFolding#tokens})
   */
  Optional<Mention> regionInDateline(String dateline, List<Token> tokens) {
    int i = afterCity(dateline, tokens);
    if (i < 0 || !Character.isUpperCase(tokens.get(i).raw().charAt(0))) {
      return Optional.empty();
    }
    Match<Region> m = regions.longestAt(CountryMatcher.forms(tokens), i);
    if (m == null) {
      return Optional.empty();
    }
    int end = tokens.get(m.to() - 1).end();
    if (m.value().dot() && (end >= dateline.length() || dateline.charAt(end) != '.')
        || !endsElement(dateline, end)) {
      return Optional.empty();
    }
    int start = tokens.get(0).start();
    return Optional.of(new Mention(m.value().code(), start, end, dateline.substring(start, end)));
  }

  /**
   * The index of the first token after a dateline's first comma, when one to four words stand
   * before it (its city): "ST. PETERSBURG, Fla." gives that of "Fla"; -1 when there is no such
   * token.
   */
  static int afterCity(String dateline, List<Token> tokens) {
    int comma = -1;
    for (int k = 0; k < dateline.length() && comma < 0; k++) {
      char c = dateline.charAt(k);
      comma = c == ',' || c == '،' ? k : -1;
    }
    if (comma < 0) {
      return -1;
    }
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < comma) {
      i++;
    }
    return i == 0 || i > 4 || i >= tokens.size() ? -1 : i;
  }

  /** Whether what follows {@code end} (dots and spaces aside) closes a dateline's element. */
  static boolean endsElement(String text, int end) {
    for (int k = end; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '.' && c != ' ') {
        return c == ',' || c == '،' || c == '-' || c == '–' || c == '—' || c == '(';
      }
    }
    return true;
  }

  /** The city is followed by punctuation or a date, not by more of a name ("Rio Tinto"). */
  private static boolean standsAlone(String text, int end, Token next) {
    for (int i = end; i < next.start(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '(' || c == '-' || c == '–' || c == '—' || c == ':'
          || c == '/') {
        return true;
      }
    }
    return Character.isDigit(next.raw().charAt(0));
  }

  /**
   * The cities named by a clear locative in the words that end before {@code leadEnd} (the title
   * and the first sentence of the body), in text order.
   */
  List<Mention> locatives(String text, List<Token> tokens, List<List<String>> forms, int leadEnd) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size() && tokens.get(i).end() <= leadEnd; i++) {
      Token t = tokens.get(i);
      boolean arabic = t.isArabic();
      if (!arabic && !t.isCapitalized()) {
        continue;
      }
      Match<String> m = trie.longestAt(forms, i);
      if (m == null || tokens.get(m.to() - 1).end() > leadEnd) {
        continue;
      }
      if (locativeBefore(text, tokens, i) || arabic && fusedLocative(t, firstForm(t, m))) {
        int start = t.start();
        int end = tokens.get(m.to() - 1).end();
        out.add(new Mention(m.value(), start, end, text.substring(start, end)));
        i = m.to() - 1;
      }
    }
    return out;
  }

  private static boolean locativeBefore(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    Token city = tokens.get(i);
    for (int k = prev.end(); k < city.start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return city.isArabic() ? prev.norm().equals(FI) : LATIN_LOCATIVES.contains(prev.raw());
  }

  /** "بالرباط", "وبدمشق": the preposition ب fused to the city. */
  private static boolean fusedLocative(Token t, String cityWord) {
    String norm = t.norm();
    if (cityWord == null || cityWord.equals(norm) || !norm.endsWith(cityWord)) {
      return false;
    }
    return ARABIC_LOCATIVE_CLITICS.contains(norm.substring(0, norm.length() - cityWord.length()));
  }

  /** The form of the token that starts the match: the first of its forms the trie knows. */
  private String firstForm(Token t, Match<String> m) {
    for (String f : TextFolding.arabicForms(t.norm())) {
      if (trie.firstWords().contains(f)) {
        return f;
      }
    }
    return null;
  }
}
