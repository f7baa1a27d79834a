package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;

class PlainTextReaderTest {

  @TempDir Path dir;

  @Test
  void seedArticleReadsDatelineTitleAndBody() throws IOException {
    Article a = CollectingListener.read(Path.of("corpus", "marrakech-coalition-2022.txt")).only();
    assertEquals("Le monde affûte ses armes au Maroc contre le terrorisme (vidéos)", a.title());
    assertEquals("corpus", a.collection());
    assertEquals("marrakech-coalition-2022.txt", a.sourceId());
    assertEquals("corpus/marrakech-coalition-2022.txt", a.id());
    assertEquals(0, a.line());
    assertNull(a.published());
    assertEquals("Marrakech", a.dateline());
    assertTrue(
        a.body()
            .startsWith(
                "La tenue de cette réunion au Maroc est une reconnaissance de fait du rôle de premier"
                    + " plan que joue le Maroc dans la lutte contre le terrorisme.\nDans une déclaration"
                    + " à Sky News Arabia,"),
        a.body());
    // Arabic tweet lines stay paragraphs of their own.
    assertTrue(
        a.body()
            .contains(
                "\nالناطقة باسم الخارجية الأميركية لسكاي نيوز عربية: نقدر جهود المغرب في مكافحة"
                    + " الإرهاب في إفريقيا وخصوصا داعش\n"),
        a.body());
    assertTrue(!a.body().contains("\n\n") && !a.body().startsWith("Marrakech"));
  }

  @Test
  void fileWhoseFirstLineIsTheTitleHasNoDateline() throws IOException {
    Path file =
        write(
            "news/brief.txt",
            "Une phrase de titre assez longue\nLe corps.\n\nSecond paragraphe.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals("Une phrase de titre assez longue", a.title());
    assertEquals("Le corps.\nSecond paragraphe.", a.body());
    assertEquals("news", a.collection());
    assertEquals("news/brief.txt", a.id());
  }

  @Test
  void shortTitleFollowedByALeadParagraphIsNotADateline() throws IOException {
    Path file =
        write(
            "news/chapo.txt",
            "Coalition au Sahel\nLes ministres ont adopté un plan commun.\n\nCorps.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals("Coalition au Sahel", a.title());
    assertEquals("Les ministres ont adopté un plan commun.\nCorps.", a.body());
  }

  @Test
  void capitalDatelineIsRecognized() throws IOException {
    Path file =
        write(
            "news/paris.txt",
            "PARIS (AFP)\nLe Niger et le Maroc renforcent leur coopération\n\nCorps.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals("Le Niger et le Maroc renforcent leur coopération", a.title());
    assertEquals("Corps.", a.body());
  }

  @Test
  void datelineIsKeptForEnrichmentNotTakenForMetadata() throws IOException {
    Path file =
        write(
            "news/rabat.txt",
            "Rabat, 10 mai 2022\nLe Maroc reçoit la coalition contre Daech\n\nCorps.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals("Le Maroc reçoit la coalition contre Daech", a.title());
    assertEquals("Corps.", a.body());
    assertEquals("Rabat, 10 mai 2022", a.dateline());
    // the date is the dateline's, read by enrichment, which says so; the file has no metadata
    assertNull(a.published());
  }

  @Test
  void arabicDatelineIsKept() throws IOException {
    Path file =
        write(
            "news/rabat-ar.txt",
            "الرباط، 15 يناير 2023\nالمغرب وموريتانيا يبحثان الوضع الأمني\n\nنص.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals("الرباط، 15 يناير 2023", a.dateline());
    assertEquals("المغرب وموريتانيا يبحثان الوضع الأمني", a.title());
  }

  @Test
  void fileWithoutDatelineHasNone() throws IOException {
    Path file = write("news/brief2.txt", "Une phrase de titre assez longue\nLe corps.\n");
    assertNull(CollectingListener.read(file).only().dateline());
  }

  @Test
  void windows1256ArabicTextIsDetected() throws IOException {
    Path file = JsonLinesReaderTest.FORMATS.resolve("arabic-cp1256.txt");
    Article a = CollectingListener.read(file).only();
    assertEquals("بوريطة يستقبل نظيره النيجري في الرباط", a.title());
    assertEquals(
        "استقبل وزير الشؤون الخارجية ناصر بوريطة، اليوم الثلاثاء، نظيره النيجري.\n"
            + "وبحث الجانبان التعاون الأمني في منطقة الساحل.",
        a.body());
    assertEquals("formats/arabic-cp1256.txt", a.id());
  }

  @Test
  void latin1FrenchTextIsDetected() throws IOException {
    String text =
        "Élection à Genève : résultat serré\nLe député a été réélu à l'unanimité moins une voix.\n";
    Path file = dir.resolve("fr").resolve("geneve.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    Article a = CollectingListener.read(file).only();
    assertEquals("Élection à Genève : résultat serré", a.title());
    assertEquals("Le député a été réélu à l'unanimité moins une voix.", a.body());
  }

  @Test
  void declaredCharsetWinsOverDetection() throws IOException {
    // Valid windows-1252 bytes that detection would also accept, declared as ISO-8859-1.
    Path file = dir.resolve("fr").resolve("declared.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, "Café crème\nTexte.\n".getBytes(StandardCharsets.ISO_8859_1));
    IngestOptions options = new IngestOptions(null, StandardCharsets.ISO_8859_1, null);
    assertEquals("Café crème", CollectingListener.read(options, file).only().title());
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
