package revue.entity;

import java.util.List;

/**
 * What stands between the words of a text, read for the name readers: a name's joiners (spaces,
 * hyphens), a clause or sentence break, a line break that only wraps a paragraph.
 *
 * <p>Stateless, thread-safe.
 */
final class WordGaps {

  private WordGaps() {}

  static String separator(String text, List<Token> tokens, int j) {
    int from = tokens.get(j - 1).end();
    int to = tokens.get(j).start();
    String sep = text.substring(from, to);
    return softBreak(text, sep, from) ? " " : sep;
  }

  /** Shortest line that reads as hard-wrapped text rather than a headline or a list item. */
  static final int WRAPPED_LINE = 40;

  /**
   * Whether a separator is a line break inside a paragraph of hard-wrapped newswire ("Chancellor
   * Helmut\nKohl"): white space with one line break, the next line not indented (an indented or
   * blank line starts a paragraph), the line before long or the line after wrapping too, and not
   * the text's first line break (the headline's end).
   */
  static boolean softBreak(String text, String sep, int from) {
    int nl = sep.indexOf('\n');
    if (nl < 0 || sep.indexOf('\n', nl + 1) >= 0 || !sep.isBlank() || nl + 1 < sep.length()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (lineStart == 0) {
      return false;
    }
    return from - lineStart >= WRAPPED_LINE || opensWrappedParagraph(text, from + sep.length());
  }

  /**
   * Whether the line starting at next is long and breaks inside a sentence onto an unindented line:
   * the line before it then wraps too, though short, as a newswire body's first line is once its
   * dateline is cut off ("U.K. Chancellor of the Exchequer Nigel\nLawson said ... Chairman of\nthe
   * Federal Reserve").
   */
  private static boolean opensWrappedParagraph(String text, int next) {
    int end = text.indexOf('\n', next);
    if (end < 0 || end - next < WRAPPED_LINE || end + 1 >= text.length()) {
      return false;
    }
    char last = text.charAt(end - 1);
    // (a closing bracket ends no sentence: "Kanon, chairman of the Cocoa Organization (ICCO)")
    return (Character.isLetterOrDigit(last) || last == ',' || last == ')')
        && !Character.isWhitespace(text.charAt(end + 1));
  }

  static boolean hardStop(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (".;:!?()[]«»\"“”\n|".indexOf(c) >= 0 || c == '؛' || c == '؟') {
        return true;
      }
    }
    return false;
  }

  /** Sentence boundaries for finding a sentence's subject. */
  static boolean sentenceStop(String sep) {
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '؟' || c == '؛') {
        return true;
      }
    }
    return false;
  }

  /**
   * Longest sentence looked at, in words: text without punctuation must not make scans quadratic.
   */
  static final int MAX_SENTENCE = 120;

  static int sentenceStart(String text, List<Token> tokens, int k) {
    int limit = Math.max(0, k - MAX_SENTENCE);
    while (k > limit && !sentenceStop(separator(text, tokens, k))) {
      k--;
    }
    return k;
  }

  /** Whether a separator is a dash with spaces around it, which opens or closes a parenthesis. */
  static boolean spacedDash(String sep) {
    String dash = sep.strip();
    return (dash.equals("-") || dash.equals("–") || dash.equals("—"))
        && dash.length() < sep.length();
  }

  static boolean clauseBreak(String sep) {
    if (spacedDash(sep)) {
      return true; // "son successeur - X Y - la ministre a"
    }
    for (int k = 0; k < sep.length(); k++) {
      char c = sep.charAt(k);
      if (c == ',' || c == '.' || c == '"' || c == '»' || c == '”' || c == '\n' || c == ':'
          || c == '!' || c == '?' || c == ';' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the chars between two words keep them in one name: nothing, spaces, hyphens,
   * apostrophes.
   */
  static boolean nameJoiner(String sep) {
    if ((sep.indexOf('\'') >= 0 || sep.indexOf('’') >= 0) && sep.indexOf(' ') >= 0) {
      return false; // a possessive: "X Jones' Moscow talks"
    }
    for (int k = 0; k < sep.length(); k++) {
      if (" -‑–'’".indexOf(sep.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
