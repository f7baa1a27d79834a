package revue.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The entity matchers' word lists: resource files under {@code revue/entity/}, one entry a line,
 * {@code #} for comments, read by Lucene's {@link WordlistLoader} as Lucene reads its stop word
 * files. Entries are written as a reader writes them ("Étrangères", "رئيس"); each is folded as text
 * is ({@link TextFolding}), so a list matches the words of any spelling the folding joins.
 *
 * <p>Read once per list, when the matcher class loads; a missing list is a build error.
 */
final class WordLists {

  private WordLists() {}

  /** The folded words of one list: every word of every entry. */
  static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    for (String entry : entries(name)) {
      for (Token t : TextFolding.tokens(entry)) {
        out.add(t.norm());
      }
    }
    return Set.copyOf(out);
  }

  /** The entries of one list as written, one a line (a phrase stays whole), in no set order. */
  static Set<String> entries(String name) {
    String path = "/revue/entity/" + name;
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the build: " + path);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      Set<String> out = new HashSet<>();
      for (Object entry : WordlistLoader.getWordSet(reader, "#")) {
        out.add(new String((char[]) entry));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
