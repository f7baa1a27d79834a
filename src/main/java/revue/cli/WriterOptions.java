package revue.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Option;

/** The write-lock option of the commands that write an index. */
final class WriterOptions {

  @Option(
      names = "--wait",
      description =
          "When another index, rebuild or rollback is writing this index, wait for it instead of failing.")
  boolean waitForLock;

  Duration lockWait() {
    return waitForLock ? ChronoUnit.FOREVER.getDuration() : Duration.ZERO;
  }
}
