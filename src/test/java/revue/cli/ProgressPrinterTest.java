package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  @Test
  void etaIsTheTimeLeftAtTheRateSoFar() {
    assertEquals(", 25% read, about 30 s left", ProgressPrinter.eta(10, 25, 100));
    assertEquals(", 50% read, about 2m00s left", ProgressPrinter.eta(120, 500, 1000));
    assertEquals(", 1% read, about 1h39m left", ProgressPrinter.eta(60, 1, 100));
  }

  @Test
  void noEtaBeforeAnyByteOrWithoutATotal() {
    assertEquals("", ProgressPrinter.eta(5, 0, 100));
    assertEquals("", ProgressPrinter.eta(5, 10, 0));
  }
}
