package revue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two articles of two outlets naming one minister no gazetteer knows, in Arabic (جيوفاني تريا) and
 * in French (Giovanni Tria): each tags the person as its own text writes the name, and neither can
 * see how the other wrote it (issue 20, "One identity across scripts"). Ids {@code wire-ar/a1} and
 * {@code presse-fr/f1}.
 */
public final class CrossScriptArticles {

  private CrossScriptArticles() {}

  /** Writes the two files into a folder, made if missing. */
  public static void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("wire-ar.jsonl"),
        """
        {"id": "a1", "date": "2018-06-10", "title": "إيطاليا لن تتخلى عن اليورو", \
        "body": "روما (رويترز) - قال وزير الاقتصاد الإيطالي الجديد، جيوفاني تريا، يوم الأحد إن \
        الحكومة لا تنوي الخروج من منطقة اليورو وإنها ستركز على خفض الدين العام."}
        """);
    Files.writeString(
        folder.resolve("presse-fr.jsonl"),
        """
        {"id": "f1", "date": "2019-02-07", "title": "Rome annule une visite à Paris", \
        "body": "Le ministre italien de l'Economie, Giovanni Tria, a annulé mercredi sa rencontre \
        avec son homologue à Paris, prévue dans l'après-midi, a indiqué son cabinet."}
        """);
  }

  /**
   * Writes two Arabic articles about one person into {@code file} of a folder, made if missing: the
   * first tags the person under two spellings, the gazetteer's (إدوار فيليب) and, later in the
   * text, a slip the text presents as the prime minister (ادور فيليب); the second names the slip
   * alone. Ids {@code a2} and {@code a3} of the file's collection; both hold السجون.
   */
  public static void writeDoublyTagged(Path folder, String file) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve(file),
        """
        {"id": "a2", "date": "2018-02-23", "title": "خطة فرنسية لعزل المتطرفين في السجون", \
        "body": "كشف رئيس الحكومة الفرنسية، إدوار فيليب، عن خطة حكومته لمكافحة التطرف في \
        السجون. ويضيف رئيس الوزراء الفرنسي ادور فيليب أن الخطة تشمل مراكز جديدة."}
        {"id": "a3", "date": "2018-02-24", "title": "باريس تعرض خطة السجون", \
        "body": "قال رئيس الوزراء الفرنسي ادور فيليب إن الحكومة ستفتح مراكز جديدة."}
        """);
  }
}
