package revue.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a query as revue's syntax where it is syntax, and as text where it cannot be: what a pasted
 * headline or paragraph holds. Deliberate syntax ({@code "phrases"}, {@code (groups)}, {@code
 * AND}/{@code OR}/{@code NOT} between words, {@code -word}, {@code +word}, {@code word*}, {@code
 * field:value} with a known field) is kept as typed; the rest is escaped into text:
 *
 * <ul>
 *   <li>a colon after a word that is not a field name, or with a space after it ({@code Hollande :
 *       ses}, {@code ترامب:}, {@code 12:30});
 *   <li>a quote or parenthesis without its pair, and an empty {@code ()};
 *   <li>{@code AND}/{@code OR} with nothing on one side, {@code NOT} before nothing, and all three
 *       in a query written in capitals (a wire headline: {@code CHRYSLER DOES NOT PLAN ...});
 *   <li>a {@code -} or {@code +} before no word ({@code Maroc - Algérie}) or before a number
 *       ({@code -5}), a {@code *} or {@code ?} starting a word, a {@code ?} ending one;
 *   <li>a {@code -} or {@code +} before a word of pasted text: a query in capitals or of more than
 *       {@link RevueQueryParser#LONG_QUERY_WORDS} other words ({@code OUTPUT PLANS -REPORT}, a wire
 *       headline's source; {@code الحدود التونسية -الليبية}, a spaced hyphen), where NOT still
 *       excludes;
 *   <li>what revue's syntax never uses: {@code / ! [ ] { }}, a {@code ~} or {@code ^} not after a
 *       word, a {@code \} at the end.
 * </ul>
 *
 * <p>Guillemets and curly quotes are not syntax: they are read as the text they are. The result
 * says what was read as text, for the user. Stateless and thread-safe.
 */
final class PastedQuery {

  /**
   * A query in the classic syntax, and what in the text typed was read as text rather than syntax
   * (empty when the query was read as typed).
   */
  record Reading(String syntax, List<String> readAsText) {
    Reading {
      readAsText = List.copyOf(readAsText);
    }

    /** One line for the user, or null when the query was read as typed. */
    String note() {
      if (readAsText.isEmpty()) {
        return null;
      }
      List<String> shown =
          readAsText.size() <= MAX_NOTES ? readAsText : readAsText.subList(0, MAX_NOTES);
      String more =
          shown.size() < readAsText.size()
              ? " and " + (readAsText.size() - shown.size()) + " more"
              : "";
      return "read as words, not query syntax: " + String.join(", ", shown) + more;
    }
  }

  /** The note names this many things read as text at most: it is one line. */
  private static final int MAX_NOTES = 5;

  /** Fewer words than this in capitals may be a deliberate {@code EU OR NATO}. */
  private static final int CAPITALS_MIN_WORDS = 4;

  private enum Kind {
    SPACE,
    OPEN,
    CLOSE,
    PHRASE,
    WORD,
    OPERATOR
  }

  private static final class Token {
    Kind kind;
    final String raw;
    String out;

    Token(Kind kind, String raw) {
      this.kind = kind;
      this.raw = raw;
      this.out = raw;
    }
  }

  private PastedQuery() {}

  /**
   * @param text the query as typed
   * @param isField whether a name before a colon is a field of the syntax
   */
  static Reading read(String text, Predicate<String> isField) {
    Set<String> notes = new LinkedHashSet<>();
    List<Token> tokens = tokens(text, notes);
    pairParentheses(tokens, notes);
    List<Token> significant = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind != Kind.SPACE) {
        significant.add(t);
      }
    }
    boolean capitals = capitals(significant);
    boolean prose = capitals || plainWords(significant) > RevueQueryParser.LONG_QUERY_WORDS;
    for (int i = 0; i < significant.size(); i++) {
      Token t = significant.get(i);
      if (t.kind == Kind.WORD) {
        Token next = i + 1 < significant.size() ? significant.get(i + 1) : null;
        boolean adjacentGroup =
            next != null
                && adjacent(tokens, t, next)
                && (next.kind == Kind.PHRASE || next.kind == Kind.OPEN);
        Token prev = i > 0 ? significant.get(i - 1) : null;
        String previousWord =
            prev != null && prev.kind == Kind.WORD && !adjacent(tokens, prev, t) ? prev.raw : "";
        t.out = word(t.raw, previousWord, isField, adjacentGroup, prose, notes);
      }
    }
    operators(significant, capitals, notes);
    StringBuilder syntax = new StringBuilder(text.length() + 8);
    for (Token t : tokens) {
      syntax.append(t.out);
    }
    return new Reading(syntax.toString(), List.copyOf(notes));
  }

  /**
   * Spaces, parentheses, phrases (quotes paired left to right, with a {@code ~N} or {@code ^N}
   * after them) and words; a word that is exactly AND, OR, NOT, && or || is an operator.
   */
  private static List<Token> tokens(String text, Set<String> notes) {
    // quotes are paired first: inside a phrase nothing else is syntax
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes.add(i);
      }
    }
    int paired = quotes.size() - quotes.size() % 2;
    int nextQuote = 0;
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      while (nextQuote < paired && quotes.get(nextQuote) < i) {
        nextQuote++; // a quote inside a word already read as text
      }
      if (Character.isWhitespace(c)) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.SPACE, text.substring(start, i)));
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
        i++;
      } else if (nextQuote < paired && quotes.get(nextQuote) == i) {
        i = quotes.get(nextQuote + 1) + 1;
        nextQuote += 2;
        i = phraseSuffix(text, i);
        tokens.add(new Token(Kind.PHRASE, text.substring(start, i)));
      } else {
        while (i < text.length()) {
          char w = text.charAt(i);
          if (Character.isWhitespace(w)
              || w == '('
              || w == ')'
              || nextQuote < paired && quotes.get(nextQuote) == i) {
            break;
          }
          i += w == '\\' && i + 1 < text.length() ? 2 : 1;
        }
        String raw = text.substring(start, i);
        boolean operator =
            switch (raw) {
              case "AND", "OR", "NOT", "&&", "||" -> true;
              default -> false;
            };
        tokens.add(new Token(operator ? Kind.OPERATOR : Kind.WORD, raw));
      }
    }
    if (paired < quotes.size()) {
      notes.add("unpaired '\"'");
    }
    return tokens;
  }

  /** The end of a phrase's {@code ~N} or {@code ^N} (a slop or boost), or {@code from}. */
  private static int phraseSuffix(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == '~' || text.charAt(i) == '^')) {
      int digits = number(text, i + 1);
      if (digits == i + 1) {
        break;
      }
      i = digits;
    }
    return i;
  }

  /** The end of a number (digits, then a point and digits) starting at {@code from}. */
  private static int number(String text, int from) {
    int i = from;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    if (i > from
        && i + 1 < text.length()
        && text.charAt(i) == '.'
        && isAsciiDigit(text.charAt(i + 1))) {
      i++;
      while (i < text.length() && isAsciiDigit(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parentheses without their pair, and empty pairs, become words (escaped). */
  private static void pairParentheses(List<Token> tokens, Set<String> notes) {
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind == Kind.OPEN) {
        open.push(i);
      } else if (t.kind == Kind.CLOSE) {
        if (open.isEmpty()) {
          asText(t, notes, "unpaired ')'");
          continue;
        }
        int o = open.pop();
        boolean empty = true;
        for (int j = o + 1; j < i; j++) {
          empty &= tokens.get(j).kind == Kind.SPACE;
        }
        if (empty) {
          asText(tokens.get(o), notes, "empty '()'");
          asText(t, notes, "empty '()'");
        }
      }
    }
    for (int o : open) {
      asText(tokens.get(o), notes, "unpaired '('");
    }
  }

  private static void asText(Token t, Set<String> notes, String note) {
    t.kind = Kind.WORD;
    t.out = "\\" + t.raw;
    notes.add(note);
  }

  private static boolean adjacent(List<Token> tokens, Token a, Token b) {
    int i = tokens.indexOf(a);
    return i + 1 < tokens.size() && tokens.get(i + 1) == b;
  }

  /**
   * One word, escaped where it is not syntax. A word's leading {@code -}/{@code +} and its {@code
   * field:} are kept when a word (or an adjacent phrase or group) follows.
   */
  private static String word(
      String raw,
      String previousWord,
      Predicate<String> isField,
      boolean adjacentGroup,
      boolean prose,
      Set<String> notes) {
    StringBuilder out = new StringBuilder(raw.length() + 4);
    int i = 0;
    if (raw.charAt(0) == '-' || raw.charAt(0) == '+') {
      boolean modifier =
          raw.length() == 1
              ? adjacentGroup
              : Character.isLetter(raw.charAt(1)) || raw.charAt(1) == '\\';
      if (!modifier) {
        out.append('\\');
        notes.add("'" + raw.charAt(0) + "' before no word");
      } else if (prose && raw.length() > 1) {
        out.append('\\');
        notes.add("'" + raw.charAt(0) + "' in pasted text (NOT excludes a word)");
      }
      out.append(raw.charAt(0));
      i = 1;
    }
    int colon = unescapedColon(raw, i);
    if (colon > i
        && isField.test(raw.substring(i, colon))
        && (colon + 1 < raw.length() || adjacentGroup)) {
      out.append(raw, i, colon + 1);
      i = colon + 1;
    }
    int termStart = i;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      boolean last = i + 1 == raw.length();
      if (c == '\\') {
        if (last) {
          out.append("\\\\");
          notes.add("'\\' at the end");
        } else {
          out.append(c).append(raw.charAt(i + 1));
        }
        i += 2;
        continue;
      }
      boolean afterField = i == termStart && i > 0 && raw.charAt(i - 1) == ':';
      String note =
          switch (c) {
            case '-', '+' -> afterField ? "'" + c + "' after a field" : null;
            case ':' -> {
              String before = i == 0 ? previousWord : raw.substring(termStart, i);
              yield before.isEmpty()
                  ? "':'"
                  : isField.test(before)
                      ? "'" + before + ":' before a space"
                      : "':' after \"" + before + "\" (not a field)";
            }
            case '/', '!', '[', ']', '{', '}' -> "'" + c + "'";
            case '"', '(', ')' -> ""; // unpaired, noted with the pairing
            case '*' -> i == termStart ? "'*' not after a word" : null;
            case '?' ->
                i == termStart || last || !Character.isLetterOrDigit(raw.charAt(i + 1))
                    ? "'?' not inside a word"
                    : null;
            case '~' -> i == termStart || !fuzzySuffix(raw, i + 1) ? "'~'" : null;
            case '^' ->
                i == termStart || number(raw, i + 1) != raw.length() || number(raw, i + 1) == i + 1
                    ? "'^'"
                    : null;
            default -> null;
          };
      if (note != null && !note.isEmpty()) {
        notes.add(note);
      }
      if (note != null) {
        out.append('\\');
      }
      out.append(c);
      if (c == ':' && note != null) {
        termStart = i + 1; // "12:30:45": each colon after its own word
      }
      i++;
    }
    return out.toString();
  }

  private static int unescapedColon(String raw, int from) {
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ':') {
        return i;
      }
    }
    return -1;
  }

  /** Whether a fuzzy term's {@code ~} is followed by nothing or by a number, to the word's end. */
  private static boolean fuzzySuffix(String raw, int from) {
    return from == raw.length() || number(raw, from) == raw.length();
  }

  /**
   * The words of the query with no {@code -} or {@code +} before them: how long a text it is, apart
   * from what may be exclusions.
   */
  private static int plainWords(List<Token> significant) {
    int words = 0;
    for (Token t : significant) {
      if (t.kind == Kind.WORD
          && t.raw.charAt(0) != '-'
          && t.raw.charAt(0) != '+'
          && t.raw.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  /**
   * Whether the query is written in capitals (every cased letter outside phrases upper-case) and
   * long enough that its AND, OR, NOT are more likely words of a wire headline than operators.
   */
  private static boolean capitals(List<Token> significant) {
    int words = 0;
    boolean anyCased = false;
    for (Token t : significant) {
      if (t.kind != Kind.WORD) {
        continue;
      }
      boolean hasLetter = false;
      for (int i = 0; i < t.raw.length(); i++) {
        char c = t.raw.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        anyCased |= Character.isUpperCase(c);
        hasLetter |= Character.isLetterOrDigit(c);
      }
      words += hasLetter ? 1 : 0;
    }
    return anyCased && words >= CAPITALS_MIN_WORDS;
  }

  /**
   * Operators that join nothing become words, left to right: AND and OR need an operand before and
   * after them (NOT may start the second), NOT an operand after it.
   */
  private static void operators(List<Token> significant, boolean capitals, Set<String> notes) {
    for (int i = 0; i < significant.size(); i++) {
      Token t = significant.get(i);
      if (t.kind != Kind.OPERATOR) {
        continue;
      }
      if (capitals) {
        asWord(t);
        notes.add("AND, OR, NOT as words (the query is in capitals)");
        continue;
      }
      Token prev = i > 0 ? significant.get(i - 1) : null;
      Token next = i + 1 < significant.size() ? significant.get(i + 1) : null;
      boolean not = t.raw.equals("NOT");
      boolean before =
          prev != null
              && (prev.kind == Kind.WORD || prev.kind == Kind.PHRASE || prev.kind == Kind.CLOSE);
      boolean after =
          next != null
              && (next.kind == Kind.WORD
                  || next.kind == Kind.PHRASE
                  || next.kind == Kind.OPEN
                  || !not
                      && next.kind == Kind.OPERATOR
                      && next.raw.equals("NOT")
                      && i + 2 < significant.size());
      boolean afterNot = prev != null && prev.kind == Kind.OPERATOR && prev.raw.equals("NOT");
      boolean valid = not ? after && !afterNot : before && after;
      if (!valid) {
        asWord(t);
        notes.add("'" + t.raw + "' " + (not ? "before nothing" : "joining nothing"));
      }
    }
  }

  private static void asWord(Token t) {
    t.kind = Kind.WORD;
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < t.raw.length(); i++) {
      escaped.append('\\').append(t.raw.charAt(i));
    }
    t.out = escaped.toString();
  }
}
