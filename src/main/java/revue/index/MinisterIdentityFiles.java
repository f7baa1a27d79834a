package revue.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.BytesRef;
import revue.entity.MinisterIdentities;
import revue.entity.NameKey;

/**
 * The {@link MinisterIdentities} of an index's minister tags, and the file that keeps them beside a
 * commit: computing them keys every tag and compares the keys ({@code NameKey}), about 0.6 s in a
 * fresh JVM for the 4,307 tags of 130k articles, which a one-shot search would otherwise pay; a
 * writer computes them once per commit and a searcher reads them in a few milliseconds.
 *
 * <p>The file, {@code minister-identities-<generation>.tsv} in the generation's directory, holds
 * the identities of the commit of that generation (Lucene's file deleter leaves names that do not
 * start with {@code _} or {@code segments} alone). A searcher on another commit, or an index
 * written before these files, computes the identities itself.
 */
public final class MinisterIdentityFiles {

  private static final String PREFIX = "minister-identities-";
  private static final String SUFFIX = ".tsv";
  private static final String HEADER = "# revue minister identities 1";

  private MinisterIdentityFiles() {}

  /**
   * The identities of an index's minister tags.
   *
   * @param known whether a tag is the gazetteer's name of a minister
   */
  public static MinisterIdentities compute(IndexReader reader, Predicate<String> known) {
    Map<String, Integer> tags = new HashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.MINISTER);
      if (terms == null) {
        return MinisterIdentities.NONE;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        tags.put(term.utf8ToString(), te.docFreq());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return MinisterIdentities.of(tags, known);
  }

  /**
   * The identities of the reader's index: read from the file of its commit when there is one, else
   * computed.
   *
   * @param known whether a tag is the gazetteer's name of a minister
   */
  public static MinisterIdentities of(IndexReader reader, Predicate<String> known) {
    Optional<MinisterIdentities> kept = kept(reader);
    return kept.isPresent() ? kept.get() : compute(reader, known);
  }

  /** The identities kept beside the commit a reader of a directory on disk opened, if any. */
  static Optional<MinisterIdentities> kept(IndexReader reader) {
    if (!(reader instanceof DirectoryReader dr)
        || !(FilterDirectory.unwrap(dr.directory()) instanceof FSDirectory fs)) {
      return Optional.empty();
    }
    try {
      Path file = fileOf(fs.getDirectory(), dr.getIndexCommit().getGeneration());
      return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // unreadable: computed as for an index without the file
    }
  }

  /**
   * Computes the identities of the last commit of an index directory and keeps them beside it,
   * unless they already are; removes the files of older commits.
   *
   * @param dir the index directory, whose files are in {@code gen}
   * @param known whether a tag is the gazetteer's name of a minister
   */
  public static void keep(Directory dir, Path gen, Predicate<String> known) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      Path file = fileOf(gen, reader.getIndexCommit().getGeneration());
      if (!Files.exists(file)) {
        MinisterIdentities identities = compute(reader, known);
        if (!writable(identities)) {
          return; // a tag no line can hold: searchers compute them
        }
        Path tmp = gen.resolve(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.write(HEADER);
          w.write('\n');
          for (MinisterIdentities.Tag t : identities.tags()) {
            w.write(t.value() + '\t' + t.head() + '\t' + t.key().serialized() + '\n');
          }
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try (DirectoryStream<Path> old = Files.newDirectoryStream(gen, PREFIX + "*")) {
        for (Path p : old) {
          if (!p.equals(file)) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  /** The file of a commit's identities in a generation's directory. */
  static Path fileOf(Path gen, long commitGeneration) {
    return gen.resolve(PREFIX + commitGeneration + SUFFIX);
  }

  private static boolean writable(MinisterIdentities identities) {
    for (MinisterIdentities.Tag t : identities.tags()) {
      if (t.value().indexOf('\t') >= 0 || t.value().indexOf('\n') >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The identities a file holds.
   *
   * @throws IllegalArgumentException when a line is not one {@link #keep} writes
   */
  static MinisterIdentities read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(file + ":1: not a minister identities file");
    }
    List<MinisterIdentities.Tag> tags = new ArrayList<>(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int a = line.indexOf('\t');
      int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
      if (b < 0) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a tag line");
      }
      try {
        tags.add(
            new MinisterIdentities.Tag(
                line.substring(0, a),
                NameKey.parse(line.substring(b + 1)),
                Integer.parseInt(line.substring(a + 1, b))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return MinisterIdentities.ofTags(tags);
  }
}
