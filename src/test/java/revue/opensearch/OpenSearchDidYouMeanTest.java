package revue.opensearch;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.DidYouMeanTest;
import revue.Revue;

/** "Did you mean" on the cluster as locally (DidYouMeanTest), from the cluster's own terms. */
class OpenSearchDidYouMeanTest {

  @TempDir Path tmp;

  @Test
  void misspelledNamesGetTheSameSuggestionsOnTheCluster() throws Exception {
    Path in = DidYouMeanTest.write(tmp.resolve("in"));
    try (Revue cluster =
        Revue.open(tmp.resolve("home"), ParityRun.on(ParityRun.clusterUrl(), "didyoumean", 1, 0))) {
      cluster.rebuild(List.of(in));
      DidYouMeanTest.checkNameBesideAnotherWord(cluster);
      DidYouMeanTest.checkRareSpelling(cluster);
    }
  }
}
