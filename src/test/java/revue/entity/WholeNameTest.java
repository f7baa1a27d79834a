package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WholeNameTest {

  @Test
  void twoToFourPlainWordsAreAWholeName() {
    assertEquals(
        Optional.of(new WholeName("Giovanni Tria", Set.of("giovanni", "tria"))),
        WholeName.of("  Giovanni   Tria "));
    assertEquals(
        Set.of("jean-yves", "le", "drian"), WholeName.of("Jean-Yves Le Drian").get().lowerWords());
    assertEquals("جيوفاني تريا", WholeName.of("جيوفاني تريا").get().name());
    assertEquals("Zeid al-Rifa’i", WholeName.of("Zeid al-Rifa’i").get().name());
  }

  @Test
  void oneWordTooManyWordsOrSyntaxAreNot() {
    assertEquals(Optional.empty(), WholeName.of("Tria"));
    assertEquals(Optional.empty(), WholeName.of("a b c d e"));
    assertEquals(Optional.empty(), WholeName.of("\"Giovanni Tria\""));
    assertEquals(Optional.empty(), WholeName.of("title:Giovanni Tria"));
    assertEquals(Optional.empty(), WholeName.of("Giovanni Tri*"));
    assertEquals(Optional.empty(), WholeName.of("Tria 2018"));
  }
}
