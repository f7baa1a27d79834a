package revue.analysis;

import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A tokenizer for press text that quotes social media: URLs, e-mail addresses, {@code @handles} and
 * {@code #hashtags} become one token each, everything else is split by Lucene's {@link
 * StandardTokenizer} (Unicode word boundaries).
 *
 * <ul>
 *   <li>A URL becomes one token, its host without {@code www.} (type {@link #URL}), so that short
 *       link ids and query strings do not fill the index with noise. Scraped tweets often glue
 *       {@code pic.twitter.com/...} to the previous word; such links are found even when glued.
 *   <li>An e-mail address becomes one token, itself (type {@link #EMAIL}).
 *   <li>A handle or hashtag becomes one token without its sigil (types {@link #HANDLE}, {@link
 *       #HASHTAG}); {@link HandleHashtagSplitter} then adds its parts.
 * </ul>
 *
 * URL and e-mail tokens are marked as keywords so that stemmers leave them alone.
 *
 * <p>Not thread-safe, like every Lucene tokenizer; analyzers make one per thread. The whole input
 * is read into memory (articles are small).
 */
final class SocialTextTokenizer extends Tokenizer {

  /** Token type of a URL (its host). */
  static final String URL = "<URL>";

  /** Token type of an e-mail address. */
  static final String EMAIL = "<EMAIL>";

  /** Token type of a {@code @handle} (term without the {@code @}). */
  static final String HANDLE = "<HANDLE>";

  /** Token type of a {@code #hashtag} (term without the {@code #}). */
  static final String HASHTAG = "<HASHTAG>";

  private static final String URL_CHARS = "[^\\s<>\"«»“”\\u2026]";

  // Searched first, over the whole text: a glued "pic.twitter.com" must win over a handle that
  // would otherwise swallow "pic" ("@jmalbarespic.twitter.com/...").
  private static final Pattern URLS =
      Pattern.compile(
          "(?:(?:https?|ftp)://|www\\.)"
              + URL_CHARS
              + "+"
              + "|pic\\.twitter\\.com/[A-Za-z0-9]+"
              // a bare domain with a path: bit.ly/x, t.co/x, lemonde.fr/a/b
              + "|(?<![\\p{L}\\p{N}@.\\-_])(?:[A-Za-z0-9\\-]+\\.)+[A-Za-z]{2,6}/"
              + URL_CHARS
              + "*",
          Pattern.CASE_INSENSITIVE);

  // Searched in the gaps between URLs. E-mail first: "contact@orange.fr" is not a handle.
  private static final Pattern MENTIONS =
      Pattern.compile(
          "(?<email>[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,})"
              + "|@(?<handle>[A-Za-z0-9_]+)"
              // a hashtag has a letter ("#1" is a rank); "&#39;" is an HTML entity, not a tag
              + "|(?<![&\\p{L}\\p{N}])#(?<hashtag>(?=[\\p{N}_]*\\p{L})[\\p{L}\\p{M}\\p{N}_]+)");

  private static final String GLUED_TWEET_LINK = "pic.twitter.com/";

  private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'’";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final StandardTokenizer words = new StandardTokenizer();
  private final CharTermAttribute wordTerm = words.getAttribute(CharTermAttribute.class);
  private final OffsetAttribute wordOffset = words.getAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute wordPosInc =
      words.getAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute wordType = words.getAttribute(TypeAttribute.class);

  private char[] buffer = new char[1024];
  private int length;
  private boolean read;

  /** Special tokens found in the text: starts, ends, term bounds and types, in text order. */
  private int[] spanStart = new int[16];

  private int[] spanEnd = new int[16];
  private int[] termStart = new int[16];
  private int[] termEnd = new int[16];
  private String[] spanType = new String[16];
  private int spanCount;
  private int urlSearchFrom;

  private int nextSpan;
  private int cursor;
  private int gapStart;
  private int gapEnd;
  private boolean inGap;

  @Override
  public boolean incrementToken() throws IOException {
    if (!read) {
      readAll();
      findSpans();
      read = true;
    }
    clearAttributes();
    while (true) {
      if (inGap) {
        if (words.incrementToken()) {
          termAtt.copyBuffer(wordTerm.buffer(), 0, wordTerm.length());
          offsetAtt.setOffset(
              correctOffset(gapStart + wordOffset.startOffset()),
              correctOffset(gapStart + wordOffset.endOffset()));
          posIncAtt.setPositionIncrement(wordPosInc.getPositionIncrement());
          typeAtt.setType(wordType.type());
          return true;
        }
        words.end();
        words.close();
        inGap = false;
        cursor = gapEnd;
        continue;
      }
      int nextStart = nextSpan < spanCount ? spanStart[nextSpan] : length;
      if (nextStart > cursor) {
        gapStart = cursor;
        gapEnd = nextStart;
        words.setReader(new CharArrayReader(buffer, gapStart, gapEnd - gapStart));
        words.reset();
        inGap = true;
        continue;
      }
      if (nextSpan >= spanCount) {
        return false;
      }
      int span = nextSpan++;
      cursor = spanEnd[span];
      if (spanType[span] != null) {
        emitSpan(span);
        return true;
      }
    }
  }

  private void emitSpan(int i) {
    if (spanType[i] == URL) {
      // hosts are case-insensitive; lower-case here so that "WWW.Orange.FR" and "orange.fr" meet
      String host = new String(buffer, termStart[i], termEnd[i] - termStart[i]);
      termAtt.setEmpty().append(host.toLowerCase(Locale.ROOT));
    } else {
      termAtt.copyBuffer(buffer, termStart[i], termEnd[i] - termStart[i]);
    }
    offsetAtt.setOffset(correctOffset(spanStart[i]), correctOffset(spanEnd[i]));
    posIncAtt.setPositionIncrement(1);
    typeAtt.setType(spanType[i]);
    keywordAtt.setKeyword(spanType[i] == URL || spanType[i] == EMAIL);
  }

  private void readAll() throws IOException {
    length = 0;
    while (true) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      int n = input.read(buffer, length, buffer.length - length);
      if (n < 0) {
        return;
      }
      length += n;
    }
  }

  private void findSpans() {
    spanCount = 0;
    urlSearchFrom = 0;
    CharBuffer text = CharBuffer.wrap(buffer, 0, length);
    boolean mayHaveUrl = false;
    boolean mayHaveMention = false;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      // every URL form has a '/' or starts with "www.": a text with neither (most paragraphs; a
      // '.' alone is every sentence) skips the URL pattern, which costs half the analysis time
      if (c == '/' || (c == '.' && regionStartsWithIgnoreCase(Math.max(0, i - 3), i + 1, "www."))) {
        mayHaveUrl = true;
      } else if (c == '@' || c == '#') {
        mayHaveMention = true;
      }
    }
    int from = 0;
    if (mayHaveUrl) {
      Matcher url = URLS.matcher(text);
      url.useTransparentBounds(true).useAnchoringBounds(false);
      while (findUrl(url)) {
        int start = url.start();
        int end = trimTrailingPunctuation(start, url.end());
        int glued = indexOfIgnoreCase(GLUED_TWEET_LINK, start, end);
        if (glued > start && indexOf("://", start, end) < 0) {
          // "Regionspic.twitter.com/x": the word before the link is text, not part of a host
          start = glued;
        }
        if (mayHaveMention) {
          findMentions(text, from, start);
        }
        int hostStart = start;
        int schemeEnd = indexOf("://", start, end);
        if (schemeEnd >= 0) {
          hostStart = schemeEnd + 3;
        }
        if (regionStartsWithIgnoreCase(hostStart, end, "www.")) {
          hostStart += 4;
        }
        int hostEnd = hostStart;
        while (hostEnd < end && isHostChar(buffer[hostEnd])) {
          hostEnd++;
        }
        while (hostEnd > hostStart && buffer[hostEnd - 1] == '.') {
          hostEnd--;
        }
        if (hostEnd > hostStart) {
          addSpan(start, end, hostStart, hostEnd, URL);
        } else {
          // "http://" alone: nothing worth a token, and nothing for the word tokenizer either
          addSpan(start, end, start, start, null);
        }
        from = end;
      }
    }
    if (mayHaveMention) {
      findMentions(text, from, length);
    }
  }

  /** Whether the whole of {@code word} is a URL, as the tokenizer finds one in a text. */
  static boolean isLink(CharSequence word) {
    return URLS.matcher(word).matches();
  }

  /**
   * The next URL match. A URL holds no whitespace and always has a '/' or "www.", so the pattern
   * (costly: it is tried at every position it is given) only runs over the whitespace-free runs
   * that hold one; transparent bounds keep its look-behind exact at a run's start.
   */
  private boolean findUrl(Matcher url) {
    int from = urlSearchFrom;
    while (from < length) {
      int slash = from;
      while (slash < length && !urlMark(slash)) {
        slash++;
      }
      if (slash >= length) {
        break;
      }
      int start = slash;
      while (start > from && !isRegexSpace(buffer[start - 1])) {
        start--;
      }
      int end = slash;
      while (end < length && !isRegexSpace(buffer[end])) {
        end++;
      }
      url.region(start, end);
      if (url.find()) {
        // the rest of this run may hold another URL
        urlSearchFrom = url.end();
        return true;
      }
      from = end;
    }
    urlSearchFrom = length;
    return false;
  }

  private boolean urlMark(int i) {
    char c = buffer[i];
    return c == '/' || c == '.' && regionStartsWithIgnoreCase(Math.max(0, i - 3), i + 1, "www.");
  }

  /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: what ends a URL in {@link #URLS}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Finds the e-mail addresses, handles and hashtags in {@code [from, to)}. Every match holds an
   * '@' or a '#' and no whitespace, so the pattern (tried at every position it is given) only runs
   * over the whitespace-free runs that hold one. Each run is its own region with opaque bounds: a
   * run starts at {@code from} or after whitespace, and the hashtag's look-behind finds no letter,
   * digit or '&' there either way.
   */
  private void findMentions(CharBuffer text, int from, int to) {
    Matcher m = null;
    int i = from;
    while (i < to) {
      int mark = i;
      while (mark < to && buffer[mark] != '@' && buffer[mark] != '#') {
        mark++;
      }
      if (mark >= to) {
        return;
      }
      int start = mark;
      while (start > i && !isRegexSpace(buffer[start - 1])) {
        start--;
      }
      int end = mark;
      while (end < to && !isRegexSpace(buffer[end])) {
        end++;
      }
      if (m == null) {
        m = MENTIONS.matcher(text);
      }
      m.region(start, end);
      while (m.find()) {
        if (m.start("email") >= 0) {
          addSpan(m.start(), m.end(), m.start(), m.end(), EMAIL);
        } else if (m.start("handle") >= 0) {
          addSpan(m.start(), m.end(), m.start("handle"), m.end("handle"), HANDLE);
        } else {
          addSpan(m.start(), m.end(), m.start("hashtag"), m.end("hashtag"), HASHTAG);
        }
      }
      i = end;
    }
  }

  private static boolean isHostChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-';
  }

  private int trimTrailingPunctuation(int start, int end) {
    while (end > start && TRAILING_PUNCTUATION.indexOf(buffer[end - 1]) >= 0) {
      end--;
    }
    return end;
  }

  private int indexOfIgnoreCase(String s, int from, int to) {
    for (int i = from; i + s.length() <= to; i++) {
      if (regionStartsWithIgnoreCase(i, to, s)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(String s, int from, int to) {
    outer:
    for (int i = from; i + s.length() <= to; i++) {
      for (int j = 0; j < s.length(); j++) {
        if (buffer[i + j] != s.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private boolean regionStartsWithIgnoreCase(int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int j = 0; j < prefix.length(); j++) {
      if (Character.toLowerCase(buffer[from + j]) != prefix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private void addSpan(int start, int end, int tStart, int tEnd, String type) {
    if (spanCount == spanStart.length) {
      int n = spanCount * 2;
      spanStart = Arrays.copyOf(spanStart, n);
      spanEnd = Arrays.copyOf(spanEnd, n);
      termStart = Arrays.copyOf(termStart, n);
      termEnd = Arrays.copyOf(termEnd, n);
      spanType = Arrays.copyOf(spanType, n);
    }
    spanStart[spanCount] = start;
    spanEnd[spanCount] = end;
    termStart[spanCount] = tStart;
    termEnd[spanCount] = tEnd;
    spanType[spanCount] = type;
    spanCount++;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    read = false;
    length = 0;
    spanCount = 0;
    nextSpan = 0;
    cursor = 0;
    inGap = false;
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (inGap) {
      words.close();
      inGap = false;
    }
  }
}
