package revue.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Filter;
import revue.IngestOptions;
import revue.Revue;
import revue.SearchRequest;
import revue.index.GeneratedCorpus;

class DailyCountsTest {

  @TempDir Path tmp;

  @Test
  void oneSearchGivesTheSameSeriesAsASearchPerDay() throws IOException {
    GeneratedCorpus.write(tmp.resolve("corpus"), 2, 300, 5);
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(tmp.resolve("corpus")), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      DailyCounts counts = new DailyCounts(revue);
      Map<LocalDate, Long> series = counts.perDay("ministre", List.of(), "fr");
      long sum = 0;
      for (LocalDate day = LocalDate.of(2020, 1, 1);
          day.isBefore(LocalDate.of(2022, 7, 1));
          day = day.plusDays(1)) {
        long one =
            revue
                .search(
                    SearchRequest.of("ministre")
                        .withFilter("lang", "fr")
                        .withFilter("date", day.toString())
                        .withLimit(0)
                        .withFacetLimit(0))
                .total();
        assertEquals(one, series.getOrDefault(day, 0L), day.toString());
        sum += one;
      }
      assertEquals(
          revue
              .search(
                  SearchRequest.of("ministre")
                      .withFilter("lang", "fr")
                      .withLimit(0)
                      .withFacetLimit(0))
              .total(),
          sum);
      assertEquals(sum, series.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void entityCountsOfADayAreThoseOfItsArticles() throws IOException {
    Files.createDirectories(tmp.resolve("c"));
    Files.writeString(
        tmp.resolve("c/d.jsonl"),
        """
        {"id":"1","title":"Niamey","body":"Le Niger et le Mali signent un accord à Niamey.","date":"2023-05-03"}
        {"id":"2","title":"Bamako","body":"Le Mali reçoit une délégation du Sénégal à Bamako.","date":"2023-05-03"}
        {"id":"3","title":"Dakar","body":"Le Sénégal vote à Dakar.","date":"2023-05-04"}
        """);
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(tmp.resolve("c")), IngestOptions.defaults(), n -> {}, Duration.ZERO);
      DailyCounts counts = new DailyCounts(revue);
      Map<DailyCounts.Entity, Long> day = counts.entitiesOn(LocalDate.of(2023, 5, 3), "fr");
      assertEquals(
          Map.of(
              new DailyCounts.Entity("country", "ML", "ML Mali"), 2L,
              new DailyCounts.Entity("country", "NE", "NE Niger"), 1L,
              new DailyCounts.Entity("country", "SN", "SN Senegal"), 1L),
          day);
      assertEquals(
          Map.of(LocalDate.of(2023, 5, 3), 2L, LocalDate.of(2023, 5, 4), 1L),
          counts.perDay("", List.of(), "fr"));
      assertEquals(
          Map.of(LocalDate.of(2023, 5, 3), 1L),
          counts.perDay("", List.of(Filter.of("country", "NE")), "fr"));
      assertEquals(List.of("fr"), counts.languages());
    }
  }
}
