package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.PastedLinkTestCorpus;
import revue.Revue;

/** An article's address pasted alone finds it on the cluster as locally (PastedLinkTest). */
class OpenSearchPastedLinkTest {

  @TempDir Path tmp;

  @Test
  void anArticlesAddressPastedAloneFindsItOnBothBackends() throws Exception {
    Path in = PastedLinkTestCorpus.write(tmp.resolve("in"));
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "links", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      for (Revue r : List.of(local, cluster)) {
        assertEquals(
            List.of("liens-fr/a1"),
            PastedLinkTestCorpus.ids(r, PastedLinkTestCorpus.FEED_URL),
            r.toString());
        assertEquals(
            List.of("liens-fr/a2"),
            PastedLinkTestCorpus.ids(r, PastedLinkTestCorpus.encodedArabicUrl()),
            r.toString());
        assertEquals(
            List.of(),
            PastedLinkTestCorpus.ids(r, "https://www.example-news.com/2021/02/01/autre/"),
            r.toString());
      }
    }
  }
}
