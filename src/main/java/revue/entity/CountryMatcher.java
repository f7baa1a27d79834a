package revue.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import revue.entity.CountryGazetteer.Entry;
import revue.entity.CountryGazetteer.Kind;
import revue.entity.PhraseTrie.Match;

/**
 * Finds country mentions in text: at each word the longest phrase of the gazetteer wins, then the
 * phrase's kind decides whether it counts in running text (capitals for names, upper case for
 * acronyms, no neighbouring name for Chad or Jordan, a preceding word for guarded Arabic words).
 *
 * <p>Thread-safe. Linear in the number of words.
 */
final class CountryMatcher {

  /** Capitalized words that may stand before a country at the start of a sentence. */
  private static final Set<String> NOT_FIRST_NAMES =
      Set.of(
          "in",
          "to",
          "from",
          "the",
          "and",
          "of",
          "for",
          "with",
          "by",
          "at",
          "on",
          "en",
          "au",
          "le",
          "la",
          "du",
          "de",
          "visit",
          "against",
          "about",
          "into",
          "over",
          "than",
          "via",
          "says",
          "said",
          "both",
          "while",
          "but",
          "as",
          "neighbouring",
          "neighboring",
          "north",
          "south",
          "east",
          "west",
          "central",
          "northern",
          "southern",
          "eastern",
          "western",
          "king",
          "emir",
          "president",
          "if",
          "when",
          "where",
          "like",
          "unlike",
          "between",
          "across",
          "after",
          "before",
          "since");

  private final CountryGazetteer gazetteer;

  CountryMatcher(CountryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> mentions(String text) {
    List<Token> tokens = TextFolding.tokens(text);
    return mentions(text, tokens, forms(tokens));
  }

  static List<List<String>> forms(List<Token> tokens) {
    List<List<String>> forms = new ArrayList<>(tokens.size());
    // Arabic words repeat within an article; their clitic forms are worked out once per article.
    Map<String, List<String>> seen = new HashMap<>();
    for (Token t : tokens) {
      String norm = t.norm();
      forms.add(
          t.isArabic() ? seen.computeIfAbsent(norm, TextFolding::arabicForms) : List.of(norm));
    }
    return forms;
  }

  List<Mention> mentions(String text, List<Token> tokens, List<List<String>> forms) {
    return mentions(text, tokens, forms, WordStarts.all(tokens.size()));
  }

  List<Mention> mentions(String text, List<Token> tokens, List<List<String>> forms, byte[] starts) {
    List<Mention> out = new ArrayList<>();
    PhraseTrie<Entry> trie = gazetteer.trie();
    int i = 0;
    while (i < tokens.size()) {
      Match<Entry> m = (starts[i] & WordStarts.COUNTRY) == 0 ? null : trie.longestAt(forms, i);
      if (m == null) {
        i++;
        continue;
      }
      Entry e = m.value();
      if (e.code() == null) {
        i = m.to(); // a phrase that is no country hides the names inside it
        continue;
      }
      if (counts(e, text, tokens, forms, m.from(), m.to())) {
        int start = tokens.get(m.from()).start();
        int end = tokens.get(m.to() - 1).end();
        out.add(new Mention(e.code(), start, end, text.substring(start, end)));
        i = m.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The country a whole query names, in any case: "maroc", "المغرب", "nigérien". */
  Optional<String> forQuery(String term) {
    List<Token> tokens = TextFolding.tokens(term);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> forms = forms(tokens);
    Match<Entry> m = gazetteer.trie().longestAt(forms, 0);
    if (m == null || m.to() != tokens.size() || m.value().code() == null) {
      // A guarded or blocked form alone ("مالي") still names its country in a query.
      for (Match<Entry> any : gazetteer.trie().allAt(forms, 0)) {
        if (any.to() == tokens.size() && any.value().code() != null) {
          return Optional.of(any.value().code());
        }
      }
      return Optional.empty();
    }
    return Optional.of(m.value().code());
  }

  private static boolean counts(
      Entry e, String text, List<Token> tokens, List<List<String>> forms, int from, int to) {
    Token first = tokens.get(from);
    if (first.isArabic()) {
      if (e.kind() == Kind.GUARDED) {
        return guarded(e, tokens, forms, from);
      }
      return true;
    }
    return switch (e.kind()) {
      case NAME, DEMONYM_EN -> first.isCapitalized();
      case ANYCASE -> true;
      case ACRONYM -> {
        for (int k = from; k < to; k++) {
          if (!tokens.get(k).isAllUpperCase()) {
            yield false;
          }
        }
        yield true;
      }
      case PERSON -> first.isCapitalized() && !nextToName(text, tokens, from, to);
      case GUARDED -> guarded(e, tokens, forms, from);
    };
  }

  /** "Chad Smith", "Michael Jordan": a capitalized word right beside, in the same sentence. */
  private static boolean nextToName(String text, List<Token> tokens, int from, int to) {
    if (to < tokens.size()) {
      Token next = tokens.get(to);
      if (next.isCapitalized() && onlySpaces(text, tokens.get(to - 1).end(), next.start())) {
        return true;
      }
    }
    if (from > 0) {
      Token prev = tokens.get(from - 1);
      if (prev.isCapitalized()
          && !NOT_FIRST_NAMES.contains(prev.norm())
          && onlySpaces(text, prev.end(), tokens.get(from).start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean guarded(Entry e, List<Token> tokens, List<List<String>> forms, int from) {
    Token t = tokens.get(from);
    // A preposition fused to the word itself (بمالي, لمالي) guards it as well as a separate one.
    if (!t.norm().equals(e.firstWord())
        && (t.norm().charAt(0) == 'ب' || t.norm().charAt(0) == 'ل')) {
      return true;
    }
    if (from == 0) {
      return false;
    }
    for (String f : forms.get(from - 1)) {
      if (e.guards().contains(f)) {
        return true;
      }
    }
    return false;
  }
}
