package revue.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.cli.RevueCli;
import revue.entity.EntityExtractor;
import revue.entity.ObservedTenures;

/**
 * A minister the gazetteer does not know, named with the post in some articles, is tagged in the
 * articles of the same months that name them without it, and not in those of years later; a name
 * given the post in only two articles teaches nothing.
 */
public class TenureTaggingTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String line(String id, String date, String title, String body) {
    return revue.JsonLine.article(id, date, title, body);
  }

  private Path corpus() throws IOException {
    return writeCorpus(dir.resolve("in"));
  }

  /**
   * Writes {@code presse-fr.jsonl} into a folder: Jules Tavernier given the post in three articles
   * of May to July 2017 and named without it in one of June 2017 and one of 2019; Octave Maranval
   * given the post in two only, and named without it in a third.
   */
  public static Path writeCorpus(Path in) throws IOException {
    Files.createDirectories(in);
    List<String> lines = new ArrayList<>();
    String[] titled = {"2017-05-20", "2017-06-10", "2017-07-01"};
    for (int i = 0; i < titled.length; i++) {
      lines.add(
          line(
              "t" + i,
              titled[i],
              "Sécurité : de nouvelles mesures annoncées",
              "Le ministre de l'Intérieur, Jules Tavernier, a présenté mardi un plan contre les"
                  + " cambriolages devant les préfets réunis à Paris pour la journée."));
    }
    lines.add(
        line(
            "n1",
            "2017-06-15",
            "Lyon prépare la fête des Lumières",
            "Jules Tavernier a visité la mairie de Lyon jeudi et salué le travail des agents"
                + " municipaux avant les fêtes de décembre."));
    lines.add(
        line(
            "n2",
            "2019-11-03",
            "Un livre de souvenirs",
            "Jules Tavernier publie ses souvenirs de campagne chez un éditeur lyonnais, trois"
                + " cents pages sur les marchés de la ville."));
    // given the post twice only: nothing is learned of him
    for (String d : new String[] {"2017-06-01", "2017-06-20"}) {
      lines.add(
          line(
              "r" + d,
              d,
              "Agriculture : les éleveurs reçus",
              "Le ministre de l'Agriculture, Octave Maranval, a reçu les éleveurs de la région"
                  + " pour parler du prix du lait et des aides promises."));
    }
    lines.add(
        line(
            "m1",
            "2017-06-22",
            "Les éleveurs manifestent",
            "Octave Maranval a quitté la réunion sans annonce, selon les syndicats présents dans"
                + " la salle du conseil général."));
    Files.writeString(
        in.resolve("presse-fr.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return in;
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RevueCli.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private static TreeSet<String> ids(String json) throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    for (JsonNode h : JSON.readTree(json).get("hits")) {
      ids.add(h.get("id").asText());
    }
    return ids;
  }

  /** The ids of the articles {@code revue search --filter minister=NAME} lists, copies apart. */
  private static TreeSet<String> tagging(Path index, String minister) throws IOException {
    return ids(
        cli(
            "search",
            "",
            "--index",
            index.toString(),
            "--filter",
            "minister=" + minister,
            "--no-collapse",
            "--json"));
  }

  @Test
  void aMinisterNamedWithoutThePostIsTaggedWithinTheTermOthersGiveThem() throws IOException {
    Path index = dir.resolve("index");
    cli("rebuild", corpus().toString(), "--index", index.toString(), "--quiet");
    assertEquals(
        new TreeSet<>(List.of("presse-fr/t0", "presse-fr/t1", "presse-fr/t2", "presse-fr/n1")),
        tagging(index, "Jules Tavernier"));
    assertEquals(
        new TreeSet<>(List.of("presse-fr/r2017-06-01", "presse-fr/r2017-06-20")),
        tagging(index, "Octave Maranval"));

    // the tag read from the tenure is marked as such, and the tenure is observed from the others
    Path gen;
    try (var gens = Files.list(index)) {
      gen = gens.filter(p -> p.getFileName().toString().startsWith("gen-")).findFirst().get();
    }
    try (FSDirectory fs = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(fs)) {
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(
          1, s.count(new TermQuery(new Term(Fields.MINISTER_OBSERVED, "Jules Tavernier"))));
      ObservedTenures t = TenureTagging.observe(reader, EntityExtractor.defaults()::knowsMinister);
      assertEquals(
          List.of(
              new ObservedTenures.Tenure(
                  "Jules Tavernier",
                  List.of(
                      new ObservedTenures.Term(
                          java.time.LocalDate.parse("2017-05-20"),
                          java.time.LocalDate.parse("2017-07-01"))))),
          t.tenures());
    }
  }

  @Test
  void anArticleTaggedAgainForASecondTenureKeepsItsFirstTagAsObserved() throws IOException {
    Path in = corpus();
    writeBothNamed(in);
    Path index = dir.resolve("index");
    cli("rebuild", in.toString(), "--index", index.toString(), "--quiet");
    assertEquals(List.of("b1", "n1"), observed(index, "Jules Tavernier"));
    assertEquals(List.of(), observed(index, "Octave Maranval"));

    // a third article giving Octave Maranval the post: his tenure now tags b1 too, which must
    // keep Jules Tavernier's tag marked as read from a tenure (else it would count as given)
    writeThirdTitled(in);
    cli("index", in.toString(), "--index", index.toString(), "--quiet");
    assertEquals(List.of("b1", "n1"), observed(index, "Jules Tavernier"));
    assertEquals(List.of("b1", "m1"), observed(index, "Octave Maranval"));
  }

  @Test
  void aMinisterNamedOnlyByCourtesyTitleAndFamilyNameIsTaggedWithinTheTerm() throws IOException {
    Path in = corpus();
    writeCourtesy(in);
    Path index = dir.resolve("index");
    cli("rebuild", in.toString(), "--index", index.toString(), "--quiet");
    // c1 says only "M. Tavernier" in June 2017: read again and tagged, as n1 is; c2 (2019) is
    // out of the term; c3's "M. Maranval" has no tenure (given the post twice only)
    assertEquals(List.of("c1", "n1"), observed(index, "Jules Tavernier"));
    assertEquals(
        new TreeSet<>(
            List.of(
                "presse-fr/t0", "presse-fr/t1", "presse-fr/t2", "presse-fr/n1", "courtesy-fr/c1")),
        tagging(index, "Jules Tavernier"));
    assertEquals(
        new TreeSet<>(List.of("presse-fr/r2017-06-01", "presse-fr/r2017-06-20")),
        tagging(index, "Octave Maranval"));
  }

  /**
   * Writes {@code courtesy-fr.jsonl}: "M. Tavernier" alone in June 2017 (c1) and in 2019 (c2), "M.
   * Maranval" alone in June 2017 (c3).
   */
  public static void writeCourtesy(Path in) throws IOException {
    Files.writeString(
        in.resolve("courtesy-fr.jsonl"),
        line(
                "c1",
                "2017-06-12",
                "Cambriolages : le plan contesté",
                "M. Tavernier a défendu son plan contre les cambriolages devant les syndicats de"
                    + " policiers, qui réclament plus d'effectifs.")
            + "\n"
            + line(
                "c2",
                "2019-04-02",
                "Cambriolages : un bilan",
                "M. Tavernier a défendu son bilan contre les cambriolages devant les syndicats de"
                    + " policiers, qui réclament plus d'effectifs.")
            + "\n"
            + line(
                "c3",
                "2017-06-14",
                "Le prix du lait",
                "M. Maranval a écouté les éleveurs sans rien promettre sur le prix du lait ni sur"
                    + " les aides.")
            + "\n",
        StandardCharsets.UTF_8);
  }

  /** Writes {@code both-fr.jsonl}: Jules Tavernier and Octave Maranval named without a post. */
  public static void writeBothNamed(Path in) throws IOException {
    Files.writeString(
        in.resolve("both-fr.jsonl"),
        line(
                "b1",
                "2017-06-16",
                "Visite à Lyon",
                "Jules Tavernier et Octave Maranval ont visité ensemble la mairie de Lyon jeudi"
                    + " avant la fête.")
            + "\n",
        StandardCharsets.UTF_8);
  }

  /** Writes {@code more-fr.jsonl}: a third article giving Octave Maranval the post. */
  public static void writeThirdTitled(Path in) throws IOException {
    Files.writeString(
        in.resolve("more-fr.jsonl"),
        line(
                "r3",
                "2017-06-25",
                "Agriculture : le plan lait",
                "Le ministre de l'Agriculture, Octave Maranval, a présenté son plan pour le lait"
                    + " devant les éleveurs.")
            + "\n",
        StandardCharsets.UTF_8);
  }

  /** The source ids of the live articles whose tag of the minister came from a tenure. */
  private static List<String> observed(Path index, String minister) throws IOException {
    Path gen;
    try (var gens = Files.list(index)) {
      gen =
          gens.filter(p -> p.getFileName().toString().startsWith("gen-"))
              .sorted()
              .reduce((a, b) -> b)
              .get();
    }
    List<String> ids = new ArrayList<>();
    try (FSDirectory fs = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(fs)) {
      IndexSearcher s = new IndexSearcher(reader);
      for (var hit :
          s.search(new TermQuery(new Term(Fields.MINISTER_OBSERVED, minister)), 100).scoreDocs) {
        String id = s.storedFields().document(hit.doc).get(Fields.ID);
        ids.add(id.substring(id.indexOf('/') + 1));
      }
    }
    java.util.Collections.sort(ids);
    return ids;
  }

  @Test
  void aTagFromATenureIsTakenBackWhenTheArticlesGivingThePostNoLongerDo() throws IOException {
    Path in = dir.resolve("in");
    writeTitledAndNamed(in);
    Path index = dir.resolve("index");
    cli("rebuild", in.toString(), "--index", index.toString(), "--quiet");
    assertEquals(List.of("n1"), observed(index, "Jules Tavernier"));
    assertEquals(
        new TreeSet<>(List.of("titled-fr/t0", "titled-fr/t1", "titled-fr/t2", "named-fr/n1")),
        tagging(index, "Jules Tavernier"));

    // the three articles corrected: he is a mayor, not a minister; n1's file is unchanged, and
    // its tag, read from a tenure no article shows any more, goes with the tenure
    writeTitled(in, false);
    cli("index", in.toString(), "--index", index.toString(), "--quiet");
    assertEquals(List.of(), observed(index, "Jules Tavernier"));
    assertEquals(new TreeSet<>(), tagging(index, "Jules Tavernier"));
  }

  /**
   * Writes {@code titled-fr.jsonl} (Jules Tavernier given the post in three articles of May to July
   * 2017) and {@code named-fr.jsonl} (named without it in one of June 2017).
   */
  public static void writeTitledAndNamed(Path in) throws IOException {
    Files.createDirectories(in);
    writeTitled(in, true);
    Files.writeString(
        in.resolve("named-fr.jsonl"),
        line(
                "n1",
                "2017-06-15",
                "Lyon prépare la fête des Lumières",
                "Jules Tavernier a visité la mairie de Lyon jeudi et salué le travail des agents"
                    + " municipaux avant les fêtes de décembre.")
            + "\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code titled-fr.jsonl}: three articles of May to July 2017 naming Jules Tavernier, as
   * minister of the interior or as a mayor.
   */
  public static void writeTitled(Path in, boolean minister) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] days = {"2017-05-20", "2017-06-10", "2017-07-01"};
    for (int i = 0; i < days.length; i++) {
      lines.add(
          line(
              "t" + i,
              days[i],
              "Sécurité : de nouvelles mesures annoncées",
              (minister ? "Le ministre de l'Intérieur, Jules Tavernier," : "Jules Tavernier")
                  + " a présenté mardi un plan contre les cambriolages devant les élus réunis à"
                  + " Paris pour la journée."));
    }
    Files.writeString(
        in.resolve("titled-fr.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void analyzeWithAnIndexTagsTheMinistersItsArticlesShowInOffice() throws IOException {
    Path index = dir.resolve("index");
    cli("rebuild", corpus().toString(), "--index", index.toString(), "--quiet");
    Path one = dir.resolve("new.jsonl");
    Files.writeString(
        one,
        line(
                "n3",
                "2017-06-18",
                "Visite à Grenoble",
                "Jules Tavernier a rencontré les élus de Grenoble vendredi et promis des"
                    + " renforts pour l'été.")
            + "\n"
            + line(
                "n4",
                "2021-03-02",
                "Visite à Grenoble",
                "Jules Tavernier a rencontré les élus de Grenoble vendredi et promis des"
                    + " renforts pour l'été.")
            + "\n",
        StandardCharsets.UTF_8);

    // the text alone names no post; the index shows him in office in June 2017 only
    assertEquals(List.of("", ""), ministers(cli("analyze", one.toString(), "--json")));
    assertEquals(
        List.of("Jules Tavernier", ""),
        ministers(cli("analyze", one.toString(), "--json", "--index", index.toString())));
    assertEquals(
        "  ministers  Jules Tavernier",
        cli("analyze", one.toString(), "--index", index.toString())
            .lines()
            .filter(l -> l.startsWith("  ministers"))
            .findFirst()
            .get());

    // a folder without an index is a one-line error, not the text alone
    StringWriter err = new StringWriter();
    int code =
        RevueCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "analyze",
            one.toString(),
            "--index",
            dir.resolve("none").toString());
    assertEquals(2, code);
    assertEquals(
        "revue: no index at "
            + dir.resolve("none").toAbsolutePath()
            + ": run 'revue index PATH --index "
            + dir.resolve("none")
            + "' first",
        err.toString().strip());
  }

  /** Each analysed article's ministers, joined by "|". */
  private static List<String> ministers(String json) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode a : JSON.readTree(json)) {
      List<String> names = new ArrayList<>();
      a.get("ministers")
          .forEach(m -> names.add(m.isTextual() ? m.asText() : m.get("name").asText()));
      out.add(String.join("|", names));
    }
    return out;
  }
}
