package revue.enrich;

import java.util.Arrays;

/**
 * A near-duplicate signature of an article's body: a one-permutation MinHash over its word
 * 3-shingles, with the LSH bands that find candidate copies without comparing every pair.
 *
 * <p>The words are folded as the search analysis folds them, without stemming: case, Arabic
 * diacritics and tatweel, alef and hamza forms, alef maqsura, ta marbuta, Arabic-Indic digits. Two
 * bodies whose shingle sets have Jaccard similarity {@code J} agree on each of the {@link #BINS}
 * values with probability about {@code J}; they share a band (all {@link #ROWS} values of it) with
 * probability {@code 1 - (1 - J^4)^32}: 0.9998 at J = 0.7, 0.23 at J = 0.3. A shared band makes a
 * candidate pair, and only a pair whose {@link #similarity} reaches {@link #THRESHOLD} is a copy.
 * Why these parameters: docs/dedup.md.
 *
 * <p>Immutable and thread-safe. No Lucene: any index stores {@link #bytes()} and the {@link
 * #bands()}.
 */
public final class DuplicateSignature {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 3;

  /** MinHash values per signature (one-permutation hashing: one bin each). */
  public static final int BINS = 128;

  /** Values per LSH band. */
  public static final int ROWS = 4;

  /** LSH bands: {@link #BINS} / {@link #ROWS}. */
  public static final int BANDS = BINS / ROWS;

  /** The estimated Jaccard similarity of two bodies' shingles from which they are one story. */
  public static final double THRESHOLD = 0.7;

  /**
   * Bodies with fewer shingles get no signature: too little text to tell a copy from a template.
   */
  public static final int MIN_SHINGLES = 8;

  private final char[] values;

  private DuplicateSignature(char[] values) {
    this.values = values;
  }

  /**
   * The signature of a body text.
   *
   * @return the signature, or null when the body has fewer than {@link #MIN_SHINGLES} shingles
   */
  public static DuplicateSignature of(String body) {
    long[] mins = new long[BINS];
    Arrays.fill(mins, Long.MAX_VALUE);
    long w1 = 0;
    long w2 = 0;
    int words = 0;
    int shingles = 0;
    int n = body.length();
    int i = 0;
    while (i < n) {
      // one word: a run of letters and digits, marks inside it skipped
      long h = 0;
      int len = 0;
      while (i < n) {
        int c = body.codePointAt(i);
        i += Character.charCount(c);
        int folded = fold(c);
        if (folded > 0) {
          h = (h ^ folded) * 0x100000001b3L;
          len++;
        } else if (folded < 0 && len > 0) {
          break;
        }
      }
      if (len == 0) {
        continue;
      }
      h = mix(h);
      words++;
      if (words >= SHINGLE_WORDS) {
        long s = mix(w2 * 0x9E3779B97F4A7C15L + w1 * 0xC2B2AE3D27D4EB4FL + h);
        int bin = (int) (s >>> 57); // the top 7 bits choose the bin
        long rest = s & 0x01FF_FFFF_FFFF_FFFFL;
        if (rest < mins[bin]) {
          mins[bin] = rest;
        }
        shingles++;
      }
      w2 = w1;
      w1 = h;
    }
    if (shingles < MIN_SHINGLES) {
      return null;
    }
    char[] values = new char[BINS];
    for (int b = 0; b < BINS; b++) {
      // an empty bin borrows the next filled bin's value, marked by the distance (densification by
      // rotation, Shrivastava and Li 2014), so two signatures agree on it only as often as they
      // agree on that bin
      int from = b;
      int distance = 0;
      while (mins[from] == Long.MAX_VALUE) {
        from = (from + 1) % BINS;
        distance++;
      }
      values[b] = (char) ((mins[from] >>> 41) + distance * 0x9E37L);
    }
    return new DuplicateSignature(values);
  }

  /**
   * A signature as {@link #bytes()} wrote it.
   *
   * @throws IllegalArgumentException when the bytes are not {@code 2 * BINS} long
   */
  public static DuplicateSignature fromBytes(byte[] bytes, int offset, int length) {
    if (length != 2 * BINS) {
      throw new IllegalArgumentException("a signature has " + 2 * BINS + " bytes, got " + length);
    }
    char[] values = new char[BINS];
    for (int b = 0; b < BINS; b++) {
      values[b] =
          (char) (((bytes[offset + 2 * b] & 0xFF) << 8) | (bytes[offset + 2 * b + 1] & 0xFF));
    }
    return new DuplicateSignature(values);
  }

  /** The signature as {@code 2 * BINS} bytes, big-endian 16-bit values. */
  public byte[] bytes() {
    byte[] bytes = new byte[2 * BINS];
    for (int b = 0; b < BINS; b++) {
      bytes[2 * b] = (byte) (values[b] >>> 8);
      bytes[2 * b + 1] = (byte) values[b];
    }
    return bytes;
  }

  /**
   * The LSH band keys: band {@code i}'s {@link #ROWS} 16-bit values in one long, its index mixed
   * in, so that equal keys mean an equal band.
   */
  public long[] bands() {
    long[] bands = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = 0;
      for (int r = 0; r < ROWS; r++) {
        key = (key << 16) | values[band * ROWS + r];
      }
      // the 4 values fill 64 bits: mix the band's index in reversibly, keeping keys distinct
      bands[band] = key ^ (band * 0x9E3779B97F4A7C15L);
    }
    return bands;
  }

  /** The estimated Jaccard similarity of the two bodies' shingle sets, from 0 to 1. */
  public double similarity(DuplicateSignature other) {
    int same = 0;
    for (int b = 0; b < BINS; b++) {
      if (values[b] == other.values[b]) {
        same++;
      }
    }
    return same / (double) BINS;
  }

  /**
   * Whether the two bodies are copies of one story: {@link #similarity} reaches {@link #THRESHOLD}.
   */
  public boolean sameStory(DuplicateSignature other) {
    return similarity(other) >= THRESHOLD;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuplicateSignature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /**
   * A character as a shingle's word sees it: positive, the folded character (part of a word); 0, a
   * mark to skip inside a word; negative, a separator.
   */
  private static int fold(int c) {
    if (c < 0x80) {
      // ASCII, most Latin-script text: the answers of the general path below, without its tables
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        return c;
      }
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
    }
    if (c >= 0x0621
        && c <= 0x064A
        && (c < 0x0622 || c > 0x0626) // آ أ ؤ إ ئ
        && c != 0x0629 // ة
        && c != 0x0640 // tatweel
        && c != 0x0649) { // ى
      return c; // Arabic letters without another form to fold to (nor case)
    }
    if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640) {
      return 0; // Arabic diacritics, superscript alef, tatweel
    }
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> {
        return 'ا';
      }
      case 'ى' -> {
        return 'ي';
      }
      case 'ة' -> {
        return 'ه';
      }
      case 'ؤ' -> {
        return 'و';
      }
      case 'ئ' -> {
        return 'ي';
      }
      default -> {}
    }
    if (Character.isDigit(c)) {
      return '0' + Character.digit(c, 10);
    }
    if (Character.isLetter(c)) {
      return Character.toLowerCase(c);
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
      return 0; // combining accents, zero-width joiners
    }
    return -1;
  }

  private static long mix(long z) {
    // the finalizer of MurmurHash3: every input bit moves every output bit
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
