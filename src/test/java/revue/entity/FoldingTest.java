package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import revue.ingest.Folding;

/**
 * One folding for the dates ingest reads in a dateline and for the entity package's words: the
 * entity package's fast path ({@link TextFolding#fold}, its tables) folds as ingest's {@link
 * Folding} does, character by character and word by word.
 */
class FoldingTest {

  @Test
  void wordsFoldAlikeInIngestAndInTheEntityPackage() {
    for (String word :
        List.of(
            "Œuvre",
            "Straße",
            "Ægypte",
            "Février",
            "Guinée-Bissau",
            "أبريل",
            "الجمعة",
            "إدوار فيليب",
            "کابل",
            "یکشنبه",
            "١٥ مارس ٢٠١٩",
            "۱۵",
            "مــارس",
            "ΣΟΦΙΑ")) {
      assertEquals(TextFolding.fold(word), Folding.fold(word), word);
    }
    assertEquals("oeuvre", Folding.fold("Œuvre"));
    assertEquals("strasse", Folding.fold("Straße"));
    assertEquals("كابل", Folding.fold("کابل"));
    assertEquals("15 مارس 2019", Folding.fold("١٥ مارس ٢٠١٩"));
  }

  @Test
  void everyCharBelowU0800FoldsAlike() {
    for (char c = 0; c < 0x800; c++) {
      if (c == '\u03A3') {
        continue; // capital sigma: σ or ς by its place in the word, as the JDK lower-cases it
      }
      String s = String.valueOf(c);
      assertEquals(TextFolding.fold(s), Folding.fold(s), "U+" + Integer.toHexString(c));
    }
  }
}
