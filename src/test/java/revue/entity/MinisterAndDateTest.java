package revue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinisterAndDateTest {

  private static EntityExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = EntityExtractor.defaults();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "X\\tMorocco\\tforeign\\t2017\\t\\t; country must be an ISO 3166 alpha-2 code such as MA, found 'Morocco'",
        "X\\tma\\tforeign\\t2017\\t\\t; country must be an ISO 3166 alpha-2 code such as MA, found 'ma'",
        "X\\tMA\\tForeign\\t2017\\t\\t; portfolio must be a lower-case word such as foreign, found 'Foreign'",
        "X\\tMA\\tforeign affairs\\t2017\\t\\t; portfolio must be a lower-case word such as foreign, found 'foreign affairs'",
        "X\\tMA\\tforeign\\t2020-02-30\\t\\t; date must be YYYY or YYYY-MM-DD, found '2020-02-30'",
        "X\\tMA\\tforeign\\t2020/01/05\\t\\t; date must be YYYY or YYYY-MM-DD, found '2020/01/05'",
        "X\\tMA\\tforeign\\t2017\\t17\\t; date must be YYYY or YYYY-MM-DD, found '17'",
      })
  void rejectsEachMalformedColumnWithItsReason(String line, String reason, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(
        file, "# header\n" + line.replace("\\t", "\t") + "\n", StandardCharsets.UTF_8);
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> EntityExtractor.withGazetteer(file));
    assertEquals(file + ":2: " + reason, e.getMessage());
  }

  @Test
  void readsOfficeDatesAsYearsOrDays(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(
        file, "Zed Quux\tMA\tinterior-affairs\t2019\t2021-06-30\tQuux\n", StandardCharsets.UTF_8);
    MinisterGazetteer g = MinisterGazetteer.load(List.of(file));
    assertEquals(
        List.of(
            new MinisterGazetteer.Office(
                "Zed Quux",
                "MA",
                "interior-affairs",
                java.time.LocalDate.of(2019, 1, 1),
                java.time.LocalDate.of(2021, 6, 30))),
        g.offices("Zed Quux"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // gazetteer spellings, Latin and Arabic
        "M. Nasser Bourita s'est entretenu;Nasser Bourita",
        "وزير الخارجية المغربي ناصر بوريطة;Nasser Bourita",
        "استقبل بوريطة نظيره;Nasser Bourita",
        // spelling slips close to a gazetteer name
        "du Niger, M. Hassoumi Massoudou;Hassoumi Massaoudou",
        // people presented as ministers, absent from the gazetteer
        "le ministre de l'Intérieur, Christophe Castaner, a annoncé;Christophe Castaner",
        "le ministre de l'Economie Bruno Le Maire sur Twitter;Bruno Le Maire",
        "Claire Morel, ministre de la Justice, est venue;Claire Morel",
        "Turkish Interior Minister Suleyman Soylu said;Suleyman Soylu",
        "وزير الداخلية سليمان صويلو خلال الاجتماع;سليمان صويلو",
        // variants of one discovered name are one minister
        "le ministre des Finances Jean Dupont. Plus tard, M. Jean Dupond a dit;Jean Dupont",
      })
  void findsMinisters(String text, String expected) {
    assertEquals(List.of(expected), extractor.ministers(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a title without a name refers to the subject of the sentence before
        "Jeanne Martin n'a pas répondu. L'ancienne ministre de la Culture a refusé.;Jeanne Martin",
        "Jeanne Martin n'a pas répondu.\"Non\", a ajouté la ministre de la Culture.;Jeanne Martin",
        // or of its own sentence
        "Li Wei, membre du parti, est depuis 2004 vice-ministre de la Santé.;Li Wei",
        // Arabic: family names with the article, names with ال
        "وقال وزير الداخلية العراقي قاسم الأعرجي إن;قاسم الأعرجي",
        "التقى وزير التجارة الدولية البريطاني الن ماكين، أمس;الن ماكين",
        // a name in apposition after a comma, a title's honorific skipped
        "قال وزير الزراعة البرتغالي الجديد، الدكتور جواو سيلفا، إن;جواو سيلفا",
        // three-part names, a particle inside or the family name with the article
        "وقال وزير النقل سالم بن علي الكعبي إن;سالم بن علي الكعبي",
        "وأكد وزير الصحة أحمد ماجد الحربي أن;أحمد ماجد الحربي",
        // a definite noun that a relative clause follows is no family name
        "انتقد وزير التجارة كريم عادل الدراسة التي نشرت;كريم عادل",
      })
  void findsMinistersATitleRefersTo(String text, String expected) {
    assertEquals(List.of(expected.split("\\|")), extractor.ministers(text));
  }

  @Test
  void readsNamesAcrossTheLineBreaksOfHardWrappedNewswire() {
    String wrapped =
        "ENERGY TALKS END\nOfficials said the talks went on until late. Energy Minister John\n"
            + "Morrow said the meeting had been useful.\n    A second paragraph begins here.";
    assertEquals(List.of("John Morrow"), extractor.ministers(wrapped));
    // a body's first line, short once its dateline is cut off, wraps when the line after it does
    String cut =
        "ENERGY TALKS END\nEnergy Minister John\nMorrow said the talks had been useful and went on\n"
            + "until late on Sunday, a spokesman said.\n    A second paragraph begins here.";
    assertEquals(List.of("John Morrow"), extractor.ministers(cut));
    // but not when the long line after it ends a sentence (a short heading over a paragraph)
    assertEquals(
        List.of(),
        extractor.ministers(
            "HEADLINE\nA talk with Energy Minister John\nMorrow Lane was closed for the whole day.\n"
                + "Next line."));
    // a headline's end and an indented paragraph start are real breaks
    assertEquals(
        List.of(), extractor.ministers("TALKS WITH ENERGY MINISTER JOHN\nMorrow Lane was closed."));
    assertEquals(
        List.of(),
        extractor.ministers(
            "HEADLINE\nOfficials said the talks went on until late with Energy Minister John\n    Morrow"));
  }

  @ParameterizedTest(name = "{0} -> none")
  @CsvSource(
      delimiter = ';',
      value = {
        "la secrétaire adjointe par intérim chargée des Affaires du Proche-Orient, Yael Lempert",
        "le ministre espagnol a lui aussi, mis en exergue, l'engagement du Maroc",
        "le ministre a rencontré Emmanuel Macron",
        "Assistant Secretary of State Yael Lempert",
        "وزير الخارجية قال إن",
        "les bourita et conte",
        // titles that name an office, not the person named before
        "Jean Dupont a été reçu par le ministre de l'Intérieur.",
        "Jean Dupont conseille l'ancien ministre.",
        "Jean Dupont est arrivé. Le Premier ministre a parlé.",
        // kin, counts and verbs before or after a title
        "بين وزير الطاقة السابق وصهر الرئيس من جهة أخرى",
        "الحكومة تضم عشرين وزيرا جديدا",
        "ثم يؤدي اليمين وزيرا للخارجية",
        "وزير الخارجية القطري والذي سعى للمرة الثانية",
      })
  void findsNoMinister(String text) {
    assertEquals(List.of(), extractor.ministers(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Bourita;Nasser Bourita",
        "bourita;Nasser Bourita",
        "بوريطة;Nasser Bourita",
        "ناصر بوريطة;Nasser Bourita",
        "Massoudou;Hassoumi Massaoudou",
        "Hassoumi Massoudou;Hassoumi Massaoudou",
        "albares;José Manuel Albares",
        "Lavrov;Sergueï Lavrov",
        "لافروف;Sergueï Lavrov",
      })
  void resolvesMinisterQueries(String term, String expected) {
    assertEquals(Optional.of(expected), extractor.ministerForQuery(term));
  }

  @ParameterizedTest(name = "{0} -> {1}, exactly: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Bourita;Nasser Bourita;true",
        "BOURITA;Nasser Bourita;true",
        "بوريطة;Nasser Bourita;true",
        "Hassoumi Massaoudou;Hassoumi Massaoudou;true",
        "Bouritta;Nasser Bourita;false",
        "Nasser Bouritta;Nasser Bourita;false",
      })
  void aMisspeltNameResolvesButNotExactly(String term, String expected, boolean exactly) {
    assertEquals(Optional.of(expected), extractor.ministerForQuery(term));
    assertEquals(
        exactly ? Optional.of(expected) : Optional.empty(),
        extractor.ministerForQueryExactly(term));
  }

  @Test
  void resolvesNoMinisterForOrdinaryWords() {
    assertEquals(Optional.empty(), extractor.ministerForQuery("terrorisme"));
    // "the king": the second half of the compound name عبد الملك, no family name by itself
    assertEquals(Optional.empty(), extractor.ministerForQuery("الملك"));
  }

  @Test
  void aCompoundNameWrittenAsOneWordStillNamesItsMinister() {
    assertEquals(Optional.of("Maeen Abdulmalik Saeed"), extractor.ministerForQuery("عبدالملك"));
  }

  @Test
  void readsAUserGazetteerInTheSameFormat(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(
        file,
        "# my ministers\nAbdelouafi Laftit\tMA\tinterior\t2017-04-05\t\tLaftit|عبد الوافي لفتيت|لفتيت\n",
        StandardCharsets.UTF_8);
    EntityExtractor x = EntityExtractor.withGazetteer(file);
    assertEquals(List.of("Abdelouafi Laftit"), x.ministers("وزير الداخلية عبد الوافي لفتيت"));
    assertEquals(Optional.of("Abdelouafi Laftit"), x.ministerForQuery("laftit"));
  }

  @Test
  void bundledExtractorIsBuiltOnceAndAUserGazetteerNeverReusesIt(@TempDir Path dir)
      throws Exception {
    var first = new java.util.concurrent.CompletableFuture<EntityExtractor>();
    Thread other = new Thread(() -> first.complete(EntityExtractor.defaults()));
    other.start();
    EntityExtractor mine = EntityExtractor.defaults();
    assertSame(mine, first.get());
    Path file = dir.resolve("extra.tsv");
    Files.writeString(
        file, "Abdelouafi Laftit\tMA\tinterior\t2017-04-05\t\tLaftit\n", StandardCharsets.UTF_8);
    EntityExtractor user = EntityExtractor.withGazetteer(file);
    assertNotSame(mine, user);
    assertEquals(Optional.of("Abdelouafi Laftit"), user.ministerForQuery("laftit"));
    assertEquals(Optional.empty(), EntityExtractor.defaults().ministerForQuery("laftit"));
  }

  @Test
  void rejectsAMalformedUserGazetteerNamingTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(
        file, "# header\nSomeone\tMorocco\tforeign\t2017\t\t\n", StandardCharsets.UTF_8);
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> EntityExtractor.withGazetteer(file));
    assertEquals(true, e.getMessage().contains("bad.tsv:2:"), e.getMessage());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Publié le 10 mai 2022 à 12h;2022-05-10",
        "le 1er janvier 2019;2019-01-01",
        "May 10, 2022;2022-05-10",
        "10 May 2022;2022-05-10",
        "2022-05-10T08:00;2022-05-10",
        "10/05/2022;2022-05-10",
        "الرباط في 10 مايو 2022;2022-05-10",
        "١٠ ماي ٢٠٢٢;2022-05-10",
        "10 أيار 2022;2022-05-10",
        "24 حزيران/يونيو 2018;2018-06-24",
        "26 أيلول/سبتمبر 2017;2017-09-26",
        "3 كانون الثاني 2020;2020-01-03",
        "3 تشرين الأول 2020;2020-10-03",
        "15 جويلية 2019;2019-07-15",
      })
  void readsTheFullDateATextWrites(String text, String expected) {
    assertEquals(List.of(LocalDate.parse(expected)), new DateExtractor().dates(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "اليوم الاثنين 12 ماي 2014;2014-05-12",
        "أكد مصدر قضائي اليوم الاثنين، 12 ماي 2014 في تصريح;2014-05-12",
        "أمس الخميس 18 أوت 2016;2016-08-18",
        "aujourd'hui, lundi 2 mars 2020;2020-03-02",
        "hier 1er mars 2020;2020-03-01",
        "Today, Monday, March 2, 2020;2020-03-02",
        "يوم أمس الموافق 18 أوت 2016;2016-08-18",
        // an embedded tweet's footer
        "— Maroc Diplomatie (@MarocDiplomatie) May 10, 2022;2022-05-10",
        // most frequent wins, then the latest
        "(@a) May 9, 2022. (@b) May 10, 2022. (@c) May 10, 2022.;2022-05-10",
        "(@a) May 9, 2022 and (@b) May 10, 2022;2022-05-10",
        "le 4 mars 2020 on votera, aujourd'hui 2 mars 2020;2020-03-02",
      })
  void findsTheDateATextPresentsAsItsOwnDay(String text, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), extractor.dateInText(text));
  }

  @ParameterizedTest(name = "{0} -> none")
  @CsvSource(
      delimiter = ';',
      value = {
        "le 11 mai à Marrakech",
        "en 2022",
        "31 février 2022",
        "aujourd'hui",
        "aujourd'hui 10 mai 1850",
        // dates of events, written once or more: not the publication's
        "le 3 mars 2020 et le 4 mars 2020",
        "le 1er mars 2020, le 1er mars 2020 et le 4 mars 2020",
        "Publié le 10 mai 2022 à 12h",
        "ce lundi 28 novembre 2016",
        // today is a Thursday, 2 February 2016 was a Tuesday: a slip of the year, no date
        "تم اليوم الخميس 02 فيفري 2016 اعادة",
      })
  void findsNoDateWhereTheTextStatesNone(String text) {
    assertEquals(Optional.empty(), extractor.dateInText(text));
  }

  @Test
  void theWordsAfterCourtesyTitlesAreTheFamilyNamesATenureIsLookedUpBy() {
    assertEquals(
        List.of("le", "le drian", "le drian mme", "buzyn", "buzyn et", "buzyn et mr"),
        extractor.courtesyNames("Selon M. Le Drian, Mme Buzyn et mr Baker, puis M. et la"));
    assertEquals(
        List.of("yves le drian", "le drian", "drian"),
        new ObservedTenures.Tenure("Jean-Yves Le Drian", List.of()).familyNames());
    assertEquals(List.of(), new ObservedTenures.Tenure("بوريطة", List.of()).familyNames());
  }
}
