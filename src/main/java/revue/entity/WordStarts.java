package revue.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each word of a text, which look-ups can succeed there: a country phrase, a gazetteer
 * minister, a minister title, a spelling slip of a minister's first or last word. One hash look-up
 * per word form replaces one per matcher, and the matchers skip the words no phrase starts with.
 *
 * <p>Immutable once built, thread-safe.
 */
final class WordStarts {

  static final byte COUNTRY = 1;
  static final byte MINISTER = 2;
  static final byte TITLE = 4;
  static final byte ALIAS_FIRST = 8;
  static final byte ALIAS_LAST = 16;

  private final Map<String, Byte> bits = new HashMap<>();

  /**
   * Two bits per word of {@link #bits}, set at two places its hash picks: a word with either bit
   * clear is surely not in the map. Nearly every word of a text starts nothing, and this 4 KB
   * answers for most of them from the CPU's nearest cache, where the map's table and entries would
   * not be.
   */
  private final long[] filter = new long[FILTER_BITS / 64];

  private static final int FILTER_BITS = 1 << 15;

  WordStarts(CountryGazetteer countries, MinisterGazetteer ministers, Set<String> titleWords) {
    add(countries.trie().firstWords(), COUNTRY);
    add(ministers.trie().firstWords(), MINISTER);
    add(titleWords, TITLE);
    add(ministers.firstWords(), ALIAS_FIRST);
    add(ministers.lastWords(), ALIAS_LAST);
    for (String w : bits.keySet()) {
      int h = w.hashCode();
      int a = firstBit(h);
      int b = secondBit(h);
      filter[a >>> 6] |= 1L << a;
      filter[b >>> 6] |= 1L << b;
    }
  }

  private static int firstBit(int hash) {
    return (hash * 0x9E3779B9) >>> 17;
  }

  private static int secondBit(int hash) {
    return (hash * 0x85EBCA6B + 0x68E31DA4) >>> 17;
  }

  private boolean mayHold(String word) {
    int h = word.hashCode();
    int a = firstBit(h);
    int b = secondBit(h);
    return (filter[a >>> 6] & (1L << a)) != 0 && (filter[b >>> 6] & (1L << b)) != 0;
  }

  private void add(Set<String> words, byte bit) {
    for (String w : words) {
      bits.merge(w, bit, (a, b) -> (byte) (a | b));
    }
  }

  /** The bits of each word: the union over its forms (clitics removed). */
  byte[] of(List<List<String>> forms) {
    byte[] out = new byte[forms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of1(forms.get(i));
    }
    return out;
  }

  /** The bits of one word, given its forms. */
  byte of1(List<String> forms) {
    byte b = 0;
    for (String f : forms) {
      if (!mayHold(f)) {
        continue;
      }
      Byte x = bits.get(f);
      if (x != null) {
        b |= x;
      }
    }
    return b;
  }

  /** Every word some look-up starts with, for tests. */
  Set<String> words() {
    return java.util.Collections.unmodifiableSet(bits.keySet());
  }

  /** Starts for a text no index was built for: every look-up is tried. */
  static byte[] all(int words) {
    byte[] out = new byte[words];
    java.util.Arrays.fill(out, (byte) 31);
    return out;
  }
}
