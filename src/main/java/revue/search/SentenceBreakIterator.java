package revue.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries of press text found from punctuation alone: after a line break, and after a
 * sentence's closing mark ({@code . ! ? … ؟ ۔}, then any closing quotes or brackets) and the spaces
 * that follow it, unless a period is followed by a lower-case word ("etc. et").
 *
 * <p>The JDK's sentence iterator applies the Unicode rules through a character iterator and a state
 * table; for snippets, which ask for a few boundaries around each match of every hit, it was the
 * largest cost of a search. These rules agree with it on the breaks that matter for news text (ends
 * of sentences, paragraphs). Unlike it, they do not break after an abbreviation ("M. Macron",
 * "Mme", "Dr", "St."; the lists are resources, {@code abbreviations-*.txt}, read for every language
 * at once since a snippet's language is not known here), a single capital letter (an initial: "J.
 * Smith") or a dotted acronym ("U.S. Treasury"): a snippet would otherwise be cut to "M." and lose
 * the name after it.
 *
 * <p>Not thread-safe (no break iterator is): one per highlighted field.
 */
final class SentenceBreakIterator extends BreakIterator {

  /** Closing quotes and brackets a sentence mark may be followed by (or preceded by, in French). */
  private static final String CLOSERS = ")]}\"'»”’›";

  /** Closers that never open a sentence; a straight quote after a space opens one. */
  private static final String ONLY_CLOSERS = ")]}»”’›";

  /** Words written with a period that does not end a sentence, as written (case matters). */
  private static final java.util.Set<String> ABBREVIATIONS = abbreviations("fr", "en");

  /** The longest abbreviation looked back for, in characters. */
  private static final int MAX_ABBREVIATION = 12;

  /** How far back the spaces and closers after a sentence mark are looked through. */
  private static final int MAX_TRAIL = 16;

  private String text = "";
  private int current;
  private CharacterIterator characters;

  /**
   * The boundaries inside the text found so far, in order: every one up to {@link #scanned}. A text
   * is scanned once, as far as asked, however many passages the highlighter tries in it; without
   * this a long text without sentence marks was scanned to its start for every match.
   */
  private int[] found = new int[16];

  private int foundCount;
  private int scanned;

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
    characters = null;
    foundCount = 0;
    scanned = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    if (newText.getBeginIndex() != 0) {
      throw new IllegalArgumentException(
          "text must start at index 0, not " + newText.getBeginIndex());
    }
    StringBuilder copy = new StringBuilder(newText.getEndIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public CharacterIterator getText() {
    if (characters == null) {
      characters = new StringCharacterIterator(text);
    }
    return characters;
  }

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    return current = boundaryAfter(current);
  }

  @Override
  public int next(int n) {
    int result = current;
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (current <= 0) {
      return DONE;
    }
    return current = boundaryBefore(current);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    if (offset >= text.length()) {
      current = text.length();
      return DONE;
    }
    return current = boundaryAfter(offset);
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    if (offset <= 0) {
      current = 0;
      return DONE;
    }
    return current = boundaryBefore(offset);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the text [0, " + text.length() + "]");
    }
  }

  /** The first boundary after {@code offset}; the text's end if none comes before it. */
  private int boundaryAfter(int offset) {
    int i = firstAbove(offset);
    if (i < foundCount) {
      return found[i];
    }
    // not found yet: scan on from where the last scan stopped, keeping every boundary passed
    int end = text.length();
    for (int p = scanned + 1; p < end; p++) {
      scanned = p;
      if (startsSentence(p)) {
        add(p);
        if (p > offset) {
          return p;
        }
      }
    }
    return end;
  }

  /** The last boundary before {@code offset}; 0 if none. */
  private int boundaryBefore(int offset) {
    int end = Math.min(offset, text.length()) - 1;
    for (int p = scanned + 1; p <= end; p++) {
      scanned = p;
      if (startsSentence(p)) {
        add(p);
      }
    }
    int i = firstAbove(offset - 1);
    return i > 0 ? found[i - 1] : 0;
  }

  /** Index in {@link #found} of the first boundary above {@code offset}. */
  private int firstAbove(int offset) {
    int low = 0;
    int high = foundCount;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (found[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private void add(int boundary) {
    if (foundCount == found.length) {
      found = java.util.Arrays.copyOf(found, foundCount * 2);
    }
    found[foundCount++] = boundary;
  }

  /** Whether a sentence starts at {@code p} (0 &lt; p &lt; length). */
  private boolean startsSentence(int p) {
    char before = text.charAt(p - 1);
    if (before > ' ' && before != '\u0085' && before != '\u00A0' && before < '\u2009') {
      return false; // the usual case, checked first: no line break or space before p
    }
    if (isLineBreak(before)) {
      // \r\n is one line break
      return !(before == '\r' && text.charAt(p) == '\n');
    }
    char c = text.charAt(p);
    if (!isSpace(before) || isSpace(c) || isLineBreak(c) || ONLY_CLOSERS.indexOf(c) >= 0) {
      return false;
    }
    // back over the spaces and closers after the mark: "fin. » Puis", "fin.) Puis"
    int stop = Math.max(0, p - 1 - MAX_TRAIL);
    int q = p - 1;
    while (q > stop && (isSpace(text.charAt(q)) || CLOSERS.indexOf(text.charAt(q)) >= 0)) {
      q--;
    }
    char mark = text.charAt(q);
    return switch (mark) {
      case '!', '?', '…', '؟', '۔' -> true;
      case '.' -> !Character.isLowerCase(c) && !isAbbreviation(q);
      default -> false;
    };
  }

  /**
   * Whether the period at {@code dot} ends an abbreviation: a listed word, a single capital letter,
   * or letters of at most two each joined by periods ("U.S", "U.N", "a.m").
   */
  private boolean isAbbreviation(int dot) {
    int start = dot;
    int stop = Math.max(0, dot - MAX_ABBREVIATION);
    while (start > stop
        && (Character.isLetter(text.charAt(start - 1))
            || text.charAt(start - 1) == '.'
            || text.charAt(start - 1) == '°')) {
      start--;
    }
    if (start == dot || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return false; // no word before the period, or one longer than any abbreviation
    }
    String word = text.substring(start, dot);
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    if (word.indexOf('.') > 0) {
      for (String part : word.split("\\.", -1)) {
        if (part.isEmpty() || part.length() > 2) {
          return false;
        }
      }
      return true;
    }
    return ABBREVIATIONS.contains(word);
  }

  private static java.util.Set<String> abbreviations(String... languages) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String lang : languages) {
      String name = "abbreviations-" + lang + ".txt";
      try (java.io.InputStream in = SentenceBreakIterator.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("word list missing from the build: revue/search/" + name);
        }
        for (String line :
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          String word = line.strip();
          if (!word.isEmpty() && !word.startsWith("#")) {
            words.add(word);
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(name, e);
      }
    }
    return java.util.Set.copyOf(words);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\f';
  }

  @Override
  public Object clone() {
    SentenceBreakIterator copy = (SentenceBreakIterator) super.clone();
    copy.characters = null;
    copy.found = found.clone();
    return copy;
  }
}
