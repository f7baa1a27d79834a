package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import revue.IngestProblem;
import revue.IngestProblem.Severity;

class ReportsTest {

  @Test
  void manyRecordsSkippedForOneReasonAreCountedAfterTheFirstThree() {
    List<IngestProblem> problems = new ArrayList<>();
    for (int line = 1; line <= 737; line++) {
      problems.add(
          new IngestProblem("reuters.jsonl", line, Severity.SKIPPED, "no title and no body"));
    }
    problems.add(new IngestProblem("reuters.jsonl", 900, Severity.FAILED, "broken JSON"));
    problems.add(new IngestProblem("other.jsonl", 4, Severity.SKIPPED, "no title and no body"));
    problems.add(new IngestProblem("empty.txt", 0, Severity.SKIPPED, "empty file"));
    StringWriter text = new StringWriter();
    Reports.problems(problems, new PrintWriter(text, true));
    assertEquals(
        List.of(
            "reuters.jsonl:1: no title and no body",
            "reuters.jsonl:2: no title and no body",
            "reuters.jsonl:3: no title and no body",
            "reuters.jsonl:900: broken JSON",
            "other.jsonl:4: no title and no body",
            "empty.txt: empty file",
            "reuters.jsonl: 734 more records skipped: no title and no body"),
        text.toString().lines().toList());
  }
}
