package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndexReportTest {

  @Test
  void changesReadTheSameInEveryLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE); // its grouping separator is a narrow no-break space
      assertEquals(
          "1,204 added, 3 updated, 0 removed, 98,311 unchanged",
          new IndexReport.Changes(1204, 3, 0, 98311).summary());
    } finally {
      Locale.setDefault(before);
    }
  }
}
