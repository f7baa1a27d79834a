package revue.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The bundled gazetteers (countries, and ministers without a user's file) as they stand once built:
 * every phrase already folded, every rule already applied.
 *
 * <p>Building them folds and tokenizes some ten thousand phrases: on a cold JVM, CPU on a second
 * core that a one-shot search shares with its main thread (docs/benchmarks.md, "A cold one-shot
 * search"). The build writes them once into the resource {@value #RESOURCE} ({@link #main}, run by
 * Maven at process-classes), and a cold start reads them back instead. The resource carries a key:
 * the JDK that wrote it (the names and the folding come from its locale data, see {@link
 * JdkTables}) and checksums of the two gazetteer files it was made from. Any other JDK, an edited
 * gazetteer file, or a build without the resource (an IDE's) builds the gazetteers from their
 * files, with the same result.
 *
 * <p>Immutable, thread-safe.
 */
final class GazetteerSnapshot {

  static final String RESOURCE = "/revue/gazetteers.bin";

  private static final String FORMAT = "revue-gazetteers-1";

  /** {@link LocalDate} null, as an epoch day. */
  private static final long NO_DATE = Long.MIN_VALUE;

  private GazetteerSnapshot() {}

  /** The bundled gazetteers, freshly read (a caller may add user files), or empty when stale. */
  static Optional<Gazetteers> bundled() {
    try (InputStream in = GazetteerSnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : read(in, key());
    } catch (IOException e) {
      // an unreadable resource is no worse than a missing one: the gazetteers are built
      return Optional.empty();
    }
  }

  /** A country and a minister gazetteer, the latter not yet shared. */
  record Gazetteers(CountryGazetteer countries, MinisterGazetteer ministers) {}

  /** The key the running JDK and the gazetteer files give: only a resource with it is read. */
  static String key() {
    return JdkTables.jdkKey()
        + " "
        + checksum(CountryGazetteer.RESOURCE)
        + " "
        + checksum(MinisterGazetteer.RESOURCE);
  }

  private static String checksum(String resource) {
    try (InputStream in = GazetteerSnapshot.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "missing";
      }
      CRC32 crc = new CRC32();
      crc.update(in.readAllBytes());
      return Long.toHexString(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads gazetteers written by {@link #write}; empty when they were written under another key. */
  static Optional<Gazetteers> read(InputStream in, String key) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    if (!data.readUTF().equals(FORMAT) || !data.readUTF().equals(key)) {
      return Optional.empty();
    }
    int codeCount = data.readInt();
    List<String> codes = new ArrayList<>(codeCount);
    for (int i = 0; i < codeCount; i++) {
      codes.add(data.readUTF());
    }
    CountryGazetteer countries = CountryGazetteer.restoring(Set.copyOf(codes));
    CountryGazetteer.Kind[] kinds = CountryGazetteer.Kind.values();
    for (int i = data.readInt(); i > 0; i--) {
      List<String> words = readWords(data);
      String code = data.readUTF();
      CountryGazetteer.Kind kind = kinds[data.readByte()];
      String firstWord = data.readUTF();
      Set<String> guards = Set.copyOf(readWords(data));
      countries.restorePhrase(
          words, new CountryGazetteer.Entry(code.isEmpty() ? null : code, kind, firstWord, guards));
    }
    for (int i = data.readInt(); i > 0; i--) {
      String code = data.readUTF();
      for (int j = data.readInt(); j > 0; j--) {
        countries.restoreSearchForm(code, data.readUTF());
      }
    }
    MinisterGazetteer ministers = MinisterGazetteer.restoring();
    for (int i = data.readInt(); i > 0; i--) {
      String name = data.readUTF();
      for (int j = data.readInt(); j > 0; j--) {
        String country = data.readUTF();
        String portfolio = data.readUTF();
        LocalDate from = date(data.readLong());
        LocalDate to = date(data.readLong());
        ministers.restoreOffice(new MinisterGazetteer.Office(name, country, portfolio, from, to));
      }
    }
    for (int i = data.readInt(); i > 0; i--) {
      String canonical = data.readUTF();
      ministers.restoreAlias(new MinisterGazetteer.Alias(canonical, readWords(data)));
    }
    return Optional.of(new Gazetteers(countries, ministers));
  }

  /** Writes the gazetteers under a key (normally {@link #key()}). */
  static void write(
      CountryGazetteer countries, MinisterGazetteer ministers, OutputStream out, String key)
      throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeUTF(FORMAT);
    data.writeUTF(key);
    data.writeInt(countries.codes().size());
    for (String code : countries.codes()) {
      data.writeUTF(code);
    }
    List<Map.Entry<List<String>, CountryGazetteer.Entry>> phrases = new ArrayList<>();
    countries.trie().forEach((words, entry) -> phrases.add(Map.entry(words, entry)));
    data.writeInt(phrases.size());
    for (Map.Entry<List<String>, CountryGazetteer.Entry> p : phrases) {
      CountryGazetteer.Entry e = p.getValue();
      writeWords(data, p.getKey());
      data.writeUTF(e.code() == null ? "" : e.code());
      data.writeByte(e.kind().ordinal());
      data.writeUTF(e.firstWord());
      writeWords(data, List.copyOf(e.guards()));
    }
    Map<String, Set<String>> forms = countries.allSearchForms();
    data.writeInt(forms.size());
    for (Map.Entry<String, Set<String>> e : forms.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeInt(e.getValue().size());
      for (String form : e.getValue()) {
        data.writeUTF(form);
      }
    }
    Map<String, List<MinisterGazetteer.Office>> offices = ministers.allOffices();
    data.writeInt(offices.size());
    for (Map.Entry<String, List<MinisterGazetteer.Office>> e : offices.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeInt(e.getValue().size());
      for (MinisterGazetteer.Office o : e.getValue()) {
        data.writeUTF(o.country());
        data.writeUTF(o.portfolio());
        data.writeLong(o.from() == null ? NO_DATE : o.from().toEpochDay());
        data.writeLong(o.to() == null ? NO_DATE : o.to().toEpochDay());
      }
    }
    data.writeInt(ministers.aliases().size());
    for (MinisterGazetteer.Alias a : ministers.aliases()) {
      data.writeUTF(a.canonical());
      writeWords(data, a.words());
    }
    data.flush();
  }

  private static void writeWords(DataOutputStream data, List<String> words) throws IOException {
    data.writeInt(words.size());
    for (String w : words) {
      data.writeUTF(w);
    }
  }

  private static List<String> readWords(DataInputStream data) throws IOException {
    int n = data.readInt();
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = data.readUTF();
    }
    return List.of(words);
  }

  private static LocalDate date(long epochDay) {
    return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
  }

  /**
   * Builds the gazetteers from their files and writes them to the file named by the one argument
   * (the build runs this, after {@link JdkTables#main}).
   */
  public static void main(String[] args) {
    BuildResource.main(
        "GazetteerSnapshot",
        args,
        out -> write(CountryGazetteer.load(), MinisterGazetteer.bundled(), out, key()));
  }
}
