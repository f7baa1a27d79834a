package revue.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores words of Latin-script text against the languages revue tells apart (fr, en, es, de, it,
 * pt, nl): each word's probability mixes a frequent-word list (most frequent first, written by hand
 * in {@code words-xx.txt}) and a character-trigram model learnt from the same lists, so that words
 * in no list are still judged by their spelling.
 *
 * <p>Immutable after construction and thread-safe. Lookups take a word as a char range and allocate
 * nothing.
 */
final class LatinLanguageModel {

  static final String[] LANGUAGES = {"fr", "en", "es", "de", "it", "pt", "nl"};
  static final int L = LANGUAGES.length;

  /** Weight of the word list against the trigram model in a word's probability. */
  private static final double LIST_WEIGHT = 0.6;

  /**
   * Weight of words in no list (names, rare words): their spelling is weaker evidence than a model
   * trained on a few hundred words per language suggests, above all for proper names.
   */
  private static final double UNLISTED_WEIGHT = 0.5;

  /** Add-alpha smoothing of the trigram counts, over an alphabet of this many letters. */
  private static final double ALPHA = 0.1;

  private static final double ALPHABET = 40;

  private static final float UNSEEN_CONTEXT = (float) -Math.log(ALPHABET);

  private final LongFloatTable words;
  private final LongFloatTable trigrams;
  private final LongFloatTable contexts;

  LatinLanguageModel() {
    List<Map<String, Integer>> ranks = new ArrayList<>();
    for (String lang : LANGUAGES) {
      ranks.add(readWords("words-" + lang + ".txt"));
    }
    words = new LongFloatTable(4096, L);
    for (int l = 0; l < L; l++) {
      double norm = 0;
      for (int rank : ranks.get(l).values()) {
        norm += zipf(rank);
      }
      for (var entry : ranks.get(l).entrySet()) {
        char[] w = entry.getKey().toCharArray();
        float p = (float) (zipf(entry.getValue()) / norm);
        words.row(wordKey(w, 0, w.length), true)[l] = p;
      }
    }
    trigrams = new LongFloatTable(16384, L);
    contexts = new LongFloatTable(4096, L);
    for (int l = 0; l < L; l++) {
      for (String word : ranks.get(l).keySet()) {
        String padded = "__" + word + "_";
        for (int i = 0; i + 3 <= padded.length(); i++) {
          char a = padded.charAt(i);
          char b = padded.charAt(i + 1);
          trigrams.row(trigramKey(a, b, padded.charAt(i + 2)), true)[l]++;
          contexts.row(trigramKey('\0', a, b), true)[l]++;
        }
      }
    }
    // log P(c | a b), smoothed; kept in the trigram row (seen) or the context row (unseen c)
    for (long key : trigrams.keys()) {
      float[] row = trigrams.row(key, false);
      float[] context =
          contexts.row(trigramKey('\0', (char) (key >>> 32), (char) (key >>> 16)), false);
      for (int l = 0; l < L; l++) {
        row[l] = (float) Math.log((row[l] + ALPHA) / (context[l] + ALPHA * ALPHABET));
      }
    }
    for (float[] context : contexts.rows()) {
      for (int l = 0; l < L; l++) {
        context[l] = (float) Math.log(ALPHA / (context[l] + ALPHA * ALPHABET));
      }
    }
  }

  private static double zipf(int rank) {
    return 1.0 / (rank + 3);
  }

  /**
   * Adds to {@code scores} the log-probability of the lower-cased word {@code w[0..len)} in each
   * language.
   */
  void score(char[] w, int len, double[] scores, double[] scratch) {
    // trigram log-probability of the word, boundaries marked by '_'
    for (int l = 0; l < L; l++) {
      scratch[l] = 0;
    }
    char a = '_';
    char b = '_';
    for (int i = 0; i <= len; i++) {
      char c = i < len ? w[i] : '_';
      addTrigram(a, b, c, scratch);
      a = b;
      b = c;
    }
    float[] listed = words.row(wordKey(w, 0, len), false);
    for (int l = 0; l < L; l++) {
      if (listed != null) {
        double fromSpelling = (1 - LIST_WEIGHT) * Math.exp(scratch[l]);
        scores[l] += Math.log(LIST_WEIGHT * listed[l] + fromSpelling);
      } else {
        // most words are not in the lists: no exp or log for them
        scores[l] += UNLISTED_WEIGHT * (LOG_NOT_LISTED + scratch[l]);
      }
    }
  }

  private static final double LOG_NOT_LISTED = Math.log1p(-LIST_WEIGHT);

  private void addTrigram(char a, char b, char c, double[] scratch) {
    float[] logs = trigrams.row(trigramKey(a, b, c), false);
    if (logs == null) {
      logs = contexts.row(trigramKey('\0', a, b), false);
    }
    for (int l = 0; l < L; l++) {
      scratch[l] += logs == null ? UNSEEN_CONTEXT : logs[l];
    }
  }

  private static long trigramKey(char a, char b, char c) {
    return ((long) a << 32) | ((long) b << 16) | c;
  }

  static long wordKey(char[] w, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= w[i];
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static Map<String, Integer> readWords(String resource) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    try (InputStream in = LatinLanguageModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource revue/analysis/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.split("[\\s'-]+")) {
          if (!word.isEmpty()) {
            ranks.putIfAbsent(LanguageIdentifier.lowerCase(word), ranks.size());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read revue/analysis/" + resource, e);
    }
    return ranks;
  }

  /** An open-addressing map from 64-bit keys to rows of floats, for allocation-free lookups. */
  private static final class LongFloatTable {
    private long[] keys;
    private float[][] values;
    private int size;
    private final int width;

    LongFloatTable(int capacity, int width) {
      keys = new long[capacity];
      values = new float[capacity][];
      this.width = width;
    }

    float[] row(long key, boolean create) {
      int mask = keys.length - 1;
      int slot = (int) (mix(key) & mask);
      while (values[slot] != null) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      if (!create) {
        return null;
      }
      if (size * 2 >= keys.length) {
        grow();
        return row(key, true);
      }
      keys[slot] = key;
      values[slot] = new float[width];
      size++;
      return values[slot];
    }

    long[] keys() {
      long[] found = new long[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (values[i] != null) {
          found[n++] = keys[i];
        }
      }
      return found;
    }

    List<float[]> rows() {
      List<float[]> rows = new ArrayList<>(size);
      for (float[] row : values) {
        if (row != null) {
          rows.add(row);
        }
      }
      return rows;
    }

    private void grow() {
      long[] oldKeys = keys;
      float[][] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new float[oldKeys.length * 2][];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          int slot = (int) (mix(oldKeys[i]) & mask);
          while (values[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }

    private static long mix(long key) {
      key ^= key >>> 33;
      key *= 0xff51afd7ed558ccdL;
      key ^= key >>> 33;
      return key;
    }
  }
}
