package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DateChartTest {

  private static TreeMap<LocalDate, Long> days(Object... dayThenCount) {
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (int i = 0; i < dayThenCount.length; i += 2) {
      days.put(
          LocalDate.parse((String) dayThenCount[i]), ((Number) dayThenCount[i + 1]).longValue());
    }
    return days;
  }

  @Test
  void oneBlockPerMonthEmptyMonthsBlankBusiestFull() {
    assertEquals(
        "2020-01 ▂ █ 2020-03 (at most 8 a month)",
        DateChart.of(days("2020-01-05", 1, "2020-01-20", 1, "2020-03-02", 8)));
  }

  @Test
  void everyLevelRisesWithItsCount() {
    assertEquals(
        "2019-01 ▁▂▃▄▅▆▇█ 2019-08 (at most 8 a month)",
        DateChart.of(
            days(
                "2019-01-01",
                1,
                "2019-02-01",
                2,
                "2019-03-01",
                3,
                "2019-04-01",
                4,
                "2019-05-01",
                5,
                "2019-06-01",
                6,
                "2019-07-01",
                7,
                "2019-08-01",
                8)));
  }

  @Test
  void aSpanLongerThanALineIsDrawnByQuarterThenByYear() {
    assertEquals(
        "2011-Q1 ▄" + " ".repeat(38) + "█ 2020-Q4 (at most 6 a quarter)",
        DateChart.of(days("2011-02-01", 3, "2020-11-01", 6)));
    assertEquals(
        "1987 ▄" + " ".repeat(32) + "█ 2020 (at most 4 a year)",
        DateChart.of(days("1987-03-01", 2, "2020-07-01", 4)));
  }

  @Test
  void oneMonthIsOneFullBlock() {
    assertEquals("2022-11 █ 2022-11 (at most 3 a month)", DateChart.of(days("2022-11-03", 3)));
  }

  @Test
  void noDatedArticleNoChart() {
    assertNull(DateChart.of(new TreeMap<>()));
  }
}
