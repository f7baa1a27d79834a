package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;

/** An emoji pasted among words ranks but is not required, on the cluster as locally. */
class OpenSearchEmojiTest {

  @TempDir Path tmp;

  @Test
  void anEmojiAmongWordsIsNotRequiredOnBothBackends() throws Exception {
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster =
            Revue.open(tmp.resolve("home"), ParityRun.on(ParityRun.clusterUrl(), "emoji", 1, 0))) {
      local.rebuild(List.of(Path.of("corpus")));
      cluster.rebuild(List.of(Path.of("corpus")));
      for (Revue r : List.of(local, cluster)) {
        SearchResults found = r.search(SearchRequest.of("Bourita 🇲🇦 Niger"));
        assertEquals(2, found.total(), r.toString());
        assertEquals(
            List.of(
                "corpus/marrakech-coalition-2022.txt",
                "samples/sample-ar-maroc-mauritanie-2023.txt"),
            found.hits().stream().map(h -> h.id()).toList(),
            r.toString());
      }
    }
  }
}
