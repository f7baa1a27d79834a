package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HitSnippetTest {

  private static Hit withSnippet(String html) {
    return new Hit(
        "c/1", "c", "1", "t", null, "fr", null, List.of(), List.of(), null, null, 1f, html,
        List.of());
  }

  @Test
  void snippetTextDecodesWhatLuceneEscapesAndDropsTheMarkup() {
    Hit hit =
        withSnippet(
            "M. <b>Nasser</b> <b>Bourita</b> s&#x27;est entretenu &amp; a dit &quot;oui&quot; &lt;1&#x2F;2&gt;");
    assertEquals("M. Nasser Bourita s'est entretenu & a dit \"oui\" <1/2>", hit.snippetText());
    assertEquals(List.of(new Hit.Span(3, 9), new Hit.Span(10, 17)), hit.snippetMatches());
  }

  @Test
  void matchesAreRangesOfThePlainTextEvenAfterDecodedReferences() {
    Hit hit = withSnippet("l&#x27;<b>ONU</b> et l&#39;<b>UA</b>");
    String text = hit.snippetText();
    assertEquals("l'ONU et l'UA", text);
    assertEquals(
        List.of("ONU", "UA"),
        hit.snippetMatches().stream().map(s -> text.substring(s.start(), s.end())).toList());
  }

  @Test
  void arabicSnippetKeepsItsLettersAndMatches() {
    Hit hit = withSnippet("استقبل وزير الشؤون الخارجية <b>ناصر</b> <b>بوريطة</b>،");
    assertEquals("استقبل وزير الشؤون الخارجية ناصر بوريطة،", hit.snippetText());
    assertEquals(List.of(new Hit.Span(28, 32), new Hit.Span(33, 39)), hit.snippetMatches());
  }

  @Test
  void textThatIsNotAReferenceStaysAsItIs() {
    Hit hit = withSnippet("AT&T & co; 5 < 6");
    assertEquals("AT&T & co; 5 < 6", hit.snippetText());
    assertEquals(List.of(), hit.snippetMatches());
  }

  @Test
  void emptySnippetHasNoTextAndNoMatches() {
    assertEquals("", withSnippet("").snippetText());
    assertEquals(List.of(), withSnippet(null).snippetMatches());
  }
}
