package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables that answer per-word questions fast must answer as the slow way does. */
class WordTablesTest {

  @Test
  void wordCharTableAgreesWithCharacterClassesForEveryChar() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertEquals(
          TextFolding.isWordCharSlow((char) c),
          TextFolding.isWordChar((char) c),
          "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void wordsAreRunsOfLettersDigitsMarksAndTatweel() {
    List<String> words =
        TextFolding.tokens("Guinée-Bissau, l'Espagne: بُوريطـة ٢٠٢٢ x\u0301y").stream()
            .map(Token::raw)
            .toList();
    assertEquals(
        List.of("Guinée", "Bissau", "l", "Espagne", "بُوريطـة", "٢٠٢٢", "x\u0301y"), words);
  }

  @Test
  void everyGazetteerWordPassesTheStartsFilter() {
    WordStarts starts = EntityExtractor.defaults().wordStarts();
    int withBits = 0;
    for (String word : starts.words()) {
      byte bits = starts.of1(List.of(word));
      assertNotEquals(0, bits, word);
      withBits++;
    }
    assertNotEquals(0, withBits);
    assertEquals(0, starts.of1(List.of("hier", "aujourd", "demain")));
  }
}
