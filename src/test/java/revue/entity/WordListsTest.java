package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

  @Test
  void entriesAreReadAsWrittenOneALine() {
    Set<String> titles = WordLists.entries("minister-titles.txt");
    assertTrue(titles.contains("secrétaire d'État"), titles.toString());
    assertTrue(titles.contains("رئيس مجلس الوزراء"), titles.toString());
    assertTrue(titles.contains("chief secretary to the treasury"), titles.toString());
    assertTrue(titles.contains("رئيس وزراء"), titles.toString());
    assertTrue(titles.contains("وزيرا"), titles.toString());
    assertTrue(titles.contains("كاتب الدولة"), titles.toString());
    assertTrue(titles.contains("رئيس حكومة"), titles.toString());
    assertEquals(75, titles.size(), titles.toString());
  }

  @Test
  void wordsAreFoldedAsTextIs() {
    Set<String> words = WordLists.load("minister-titles.txt");
    // "secrétaire d'État" -> secretaire, d, etat; "وزيرة" -> وزيره; "رئيس" -> رييس
    assertTrue(
        words.containsAll(Set.of("secretaire", "d", "etat", "وزيره", "رييس")), words.toString());
    assertTrue(!words.contains("secrétaire") && !words.contains("رئيس"), words.toString());
  }

  @Test
  void aMissingListIsABuildError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordLists.load("no-such-list.txt"));
    assertEquals(
        "word list missing from the build: /revue/entity/no-such-list.txt", e.getMessage());
  }
}
