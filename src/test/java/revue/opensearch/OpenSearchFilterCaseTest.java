package revue.opensearch;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.FilterCaseTest;
import revue.Revue;

/** A collection or a source in any case on the cluster as locally (FilterCaseTest). */
class OpenSearchFilterCaseTest {

  @TempDir Path tmp;

  @Test
  void aCollectionOrSourceInAnyCaseIsTheValueArticlesHaveOnTheCluster() throws Exception {
    Path in = FilterCaseTest.write(tmp.resolve("in"));
    try (Revue cluster =
        Revue.open(tmp.resolve("home"), ParityRun.on(ParityRun.clusterUrl(), "filtercase", 1, 0))) {
      cluster.rebuild(List.of(in));
      FilterCaseTest.check(cluster);
    }
  }
}
