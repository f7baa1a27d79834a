package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerSnapshotTest {

  @Test
  void theBuildBundlesTheGazetteersAsTheirFilesBuildThem() throws IOException {
    // Maven writes the resource at process-classes with the toolchain JDK, which also runs the
    // tests
    try (InputStream in = GazetteerSnapshot.class.getResourceAsStream(GazetteerSnapshot.RESOURCE)) {
      assertNotNull(in, GazetteerSnapshot.RESOURCE + " missing: the build's exec step did not run");
    }
    GazetteerSnapshot.Gazetteers bundled = GazetteerSnapshot.bundled().orElseThrow();
    assertSameCountries(CountryGazetteer.load(), bundled.countries());
    assertSameMinisters(MinisterGazetteer.bundled(), bundled.ministers());
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws IOException {
    CountryGazetteer countries = CountryGazetteer.load();
    MinisterGazetteer ministers = MinisterGazetteer.bundled();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerSnapshot.write(countries, ministers, out, "some key");
    GazetteerSnapshot.Gazetteers back =
        GazetteerSnapshot.read(new ByteArrayInputStream(out.toByteArray()), "some key")
            .orElseThrow();
    assertSameCountries(countries, back.countries());
    assertSameMinisters(ministers, back.ministers());
    assertEquals(2829, phrases(back.countries()).size(), "phrases naming countries");
  }

  @Test
  void aSnapshotWrittenUnderAnotherKeyIsIgnored() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerSnapshot.write(
        CountryGazetteer.load(), MinisterGazetteer.bundled(), out, "21.0.1+12  0 0");
    assertTrue(
        GazetteerSnapshot.read(new ByteArrayInputStream(out.toByteArray()), GazetteerSnapshot.key())
            .isEmpty());
  }

  @Test
  void aUserGazetteerAddsToTheSnapshot(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ministers.tsv");
    Files.writeString(file, "Zorglub Qwertz\tMA\tforeign\t2030\t\tZ. Qwertz\n");
    EntityExtractor extractor = EntityExtractor.withGazetteer(file);
    assertEquals(
        List.of("Zorglub Qwertz"),
        extractor.ministers("Zorglub Qwertz a reçu Nasser Bourita.").subList(0, 1));
    assertTrue(
        extractor.ministers("Zorglub Qwertz a reçu Nasser Bourita.").contains("Nasser Bourita"));
    assertEquals(List.of(), EntityExtractor.defaults().ministers("Zorglub Qwertz est venu."));
  }

  private static void assertSameCountries(CountryGazetteer expected, CountryGazetteer actual) {
    assertEquals(expected.codes(), actual.codes());
    assertEquals(phrases(expected), phrases(actual));
    assertEquals(ordered(expected.allSearchForms()), ordered(actual.allSearchForms()));
  }

  private static void assertSameMinisters(MinisterGazetteer expected, MinisterGazetteer actual) {
    assertEquals(expected.allOffices(), actual.allOffices());
    assertEquals(expected.aliases(), actual.aliases());
    assertEquals(phrases(expected.trie()), phrases(actual.trie()));
    assertEquals(expected.firstWords(), actual.firstWords());
    assertEquals(expected.lastWords(), actual.lastWords());
    for (String w : expected.firstWords()) {
      assertEquals(expected.aliasesStartingWith(w), actual.aliasesStartingWith(w), w);
    }
    for (String w : expected.lastWords()) {
      assertEquals(expected.aliasesEndingWith(w), actual.aliasesEndingWith(w), w);
    }
  }

  private static Map<List<String>, CountryGazetteer.Entry> phrases(CountryGazetteer g) {
    return phrases(g.trie());
  }

  private static <V> Map<List<String>, V> phrases(PhraseTrie<V> trie) {
    Map<List<String>, V> out = new HashMap<>();
    trie.forEach(out::put);
    return out;
  }

  private static <T> Map<String, List<T>> ordered(Map<String, ? extends Iterable<T>> map) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          List<T> values = new ArrayList<>();
          v.forEach(values::add);
          out.put(k, values);
        });
    return out;
  }
}
