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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  /**
   * A first line that is only a dateline, of any city and any month spelling the date readers know,
   * is the dateline and never the title, with or without the blank line after the title: the title
   * is the next line.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "RABAT, 15 janvier 2023 -",
        "Rabat, le 15 janvier 2023",
        "Nouakchott, lundi 16 janv. 2023 —",
        "OUAGADOUGOU, Burkina Faso, 3 févr. 2023 -",
        "Rio de Janeiro, 3 Sept. 2022",
        "TOKYO, March 3 (Reuters) -",
        "SAN FRANCISCO, Calif., Dec 1 -",
        "WASHINGTON (AP) -",
        "PARIS (AFP) —",
        "Kaboul, 12/08/2021 -",
        "الرباط، 15 يناير 2023",
        "تونس، 24 جانفي 2017",
        "دمشق، ٣ كانون الثاني ٢٠٢٣",
        "الدار البيضاء، 7 شتنبر 2022 -",
        "بيروت - 5 آب 2020",
        "15 janvier 2023",
      })
  void aLineThatIsOnlyADatelineIsTheDatelineAndTheNextLineTheTitle(String dateline)
      throws IOException {
    Path file =
        write(
            "news/d.txt",
            dateline + "\nLe Maroc et la Mauritanie renforcent leur coopération\nLe corps.\n");
    Article a = CollectingListener.read(file).only();
    assertEquals(dateline, a.dateline());
    assertEquals("Le Maroc et la Mauritanie renforcent leur coopération", a.title());
    assertEquals("Le corps.", a.body());
  }

  /**
   * After a line that is only a dateline, a sentence (the lead of a short item) or the first line
   * of a wrapped paragraph is no title: the article has none, and the text is its body.
   */
  @Test
  void aDatelineFollowedByASentenceGivesNoTitle() throws IOException {
    Article lead =
        CollectingListener.read(
                write(
                    "news/lead.txt",
                    "TOKYO, March 3 (Reuters) -\nJapan's exports rose 5 percent in February, the"
                        + " finance ministry said.\n"))
            .only();
    assertEquals("TOKYO, March 3 (Reuters) -", lead.dateline());
    assertEquals("", lead.title());
    assertEquals(
        "Japan's exports rose 5 percent in February, the finance ministry said.", lead.body());
    Article wrapped =
        CollectingListener.read(
                write(
                    "news/wrapped.txt",
                    "RABAT, 15 janvier 2023 -\n\nLe ministre des Affaires étrangères a reçu\n"
                        + "son homologue mauritanien mercredi à Rabat.\n"))
            .only();
    assertEquals("RABAT, 15 janvier 2023 -", wrapped.dateline());
    assertEquals("", wrapped.title());
    assertEquals(
        "Le ministre des Affaires étrangères a reçu\nson homologue mauritanien mercredi à Rabat.",
        wrapped.body());
  }

  /** Titles that end with a date or a bracket, or name a day, are titles. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Attentats du 13 novembre 2015",
        "Coronavirus : 15 mars 2020",
        "Mai 68",
        "Jean Castex (Premier ministre)",
        "HONG KONG EXCHS NOON - APR 7",
        "أبرز أحداث الثلاثاء 24 جانفي 2017",
        "انفجار في القطيف السعودية (صور)",
        "معرض جدة الدولي للكتاب 12 ديسمبر",
      })
  void aTitleThatLooksLikeADateIsStillTheTitle(String title) throws IOException {
    Article a =
        CollectingListener.read(write("news/t.txt", title + "\nLe corps, une phrase.\n")).only();
    assertEquals(title, a.title());
    assertNull(a.dateline());
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
