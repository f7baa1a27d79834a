package revue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {

  @Test
  void theWarmUpHoldsItsOwnTitlesEachAlsoDrilledDownAndNoMeasuredQuery() {
    List<QuerySet.Query> warmUp =
        QuerySet.warmUp(
            List.of("Le Maroc et le Niger : « accord » signé", "!!!", "Rare words here"),
            words -> words.startsWith("le maroc") ? "orangesum-fr" : null);
    assertEquals(
        List.of(
            new QuerySet.Query(QuerySet.Kind.TITLE, "le maroc et le niger accord signé", null),
            new QuerySet.Query(
                QuerySet.Kind.DRILL_DOWN, "le maroc et le niger accord signé", "orangesum-fr"),
            new QuerySet.Query(QuerySet.Kind.TITLE, "rare words here", null)),
        warmUp);
    List<QuerySet.Query> measured =
        QuerySet.build(List.of("Another title entirely"), words -> null);
    assertEquals(
        List.of(),
        measured.stream().filter(warmUp::contains).toList(),
        "a measured query met in the warm-up");
  }
}
