package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDistanceTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "massaoudou, massoudou, true", // one letter dropped, long names
    "mouallem, moallem, true",
    "bourita, bouritta, true", // 7 letters: one edit
    "bourita, bourrita, true",
    "bourita, borita, true",
    "bourita, buorita, false", // a transposition is two edits
    "bourita, bouriat, false",
    "lavrov, lavrof, true",
    "lavrov, lavroff, false",
    "kerry, kerri, true",
    "kerr, kerry, false", // shorter than five letters: only the same word
    "abdelmalek, abdulmalik, true", // ten letters: two edits
    "abdelmalek, abdoulmalik, false",
  })
  void namesWithinTheEditsTheirLengthAllows(String a, String b, boolean close) {
    assertEquals(close, NameDistance.close(a, b));
    assertEquals(close, NameDistance.close(b, a));
  }

  @Test
  void withinOneEditAgreesWithTheDistanceTable() {
    Random random = new Random(20261129L);
    String letters = "abcdeاليم";
    for (int n = 0; n < 200_000; n++) {
      String a = randomWord(random, letters);
      String b = random.nextBoolean() ? randomWord(random, letters) : mutate(random, a, letters);
      assertEquals(
          NameDistance.distance(a, b, 1) <= 1, NameDistance.withinOneEdit(a, b), a + " / " + b);
    }
  }

  private static String randomWord(Random random, String letters) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  private static String mutate(Random random, String word, String letters) {
    StringBuilder b = new StringBuilder(word);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int op = random.nextInt(3);
      char c = letters.charAt(random.nextInt(letters.length()));
      if (op == 0 || b.length() == 0) {
        b.insert(b.length() == 0 ? 0 : random.nextInt(b.length() + 1), c);
      } else if (op == 1) {
        b.deleteCharAt(random.nextInt(b.length()));
      } else {
        b.setCharAt(random.nextInt(b.length()), c);
      }
    }
    return b.toString();
  }
}
