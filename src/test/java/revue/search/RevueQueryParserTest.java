package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import revue.entity.EntityExtractor;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

class RevueQueryParserTest {

  /**
   * One query per text field, title fields boosted 2, joined in a disjunction (tie 0.1), each with
   * the terms its language's analysis gives, written here by hand: French elides "l'", drops "le"
   * and stems lightly (nasser -> nas, algérie -> alg), English stems with Porter (etats -> etat,
   * l'algerie -> l'algeri), Arabic strips clitics from Arabic words (والمغرب -> مغرب) and only
   * folds Latin ones, the neutral fields (xx) only fold.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      value = {
        "Bourita=>((title_fr:bourita)^2.0 | body_fr:bourita | (title_ar:bourita)^2.0 | body_ar:bourita"
            + " | (title_en:bourita)^2.0 | body_en:bourita | (title_xx:bourita)^2.0 | body_xx:bourita)~0.1",
        "l'Algérie=>((title_fr:alg)^2.0 | body_fr:alg | (title_ar:l'algerie)^2.0 | body_ar:l'algerie"
            + " | (title_en:l'algeri)^2.0 | body_en:l'algeri | (title_xx:l'algerie)^2.0 | body_xx:l'algerie)~0.1",
        "\"Nasser Bourita\"=>((title_fr:\"nas bourita\")^2.0 | body_fr:\"nas bourita\""
            + " | (title_ar:\"nasser bourita\")^2.0 | body_ar:\"nasser bourita\""
            + " | (title_en:\"nasser bourita\")^2.0 | body_en:\"nasser bourita\""
            + " | (title_xx:\"nasser bourita\")^2.0 | body_xx:\"nasser bourita\")~0.1",
        "\"Nasser Bourita\"~2=>((title_fr:\"nas bourita\"~2)^2.0 | body_fr:\"nas bourita\"~2"
            + " | (title_ar:\"nasser bourita\"~2)^2.0 | body_ar:\"nasser bourita\"~2"
            + " | (title_en:\"nasser bourita\"~2)^2.0 | body_en:\"nasser bourita\"~2"
            + " | (title_xx:\"nasser bourita\"~2)^2.0 | body_xx:\"nasser bourita\"~2)~0.1",
        "والمغرب=>((title_fr:والمغرب)^2.0 | body_fr:والمغرب | (title_ar:مغرب)^2.0 | body_ar:مغرب"
            + " | (title_en:والمغرب)^2.0 | body_en:والمغرب | (title_xx:والمغرب)^2.0 | body_xx:والمغرب)~0.1",
        "États-Unis=>((title_fr:etat title_fr:uni)^2.0 | (body_fr:etat body_fr:uni)"
            + " | (title_ar:etats title_ar:unis)^2.0 | (body_ar:etats body_ar:unis)"
            + " | (title_en:etat title_en:uni)^2.0 | (body_en:etat body_en:uni)"
            + " | (title_xx:etats title_xx:unis)^2.0 | (body_xx:etats body_xx:unis))~0.1",
        // a French stopword: left out of the French fields
        "le=>((title_ar:le)^2.0 | body_ar:le | (title_en:le)^2.0 | body_en:le | (title_xx:le)^2.0 | body_xx:le)~0.1",
        "U.S.A=>((title_fr:u.s.a)^2.0 | body_fr:u.s.a | (title_ar:u.s.a)^2.0 | body_ar:u.s.a"
            + " | (title_en:u.s.a)^2.0 | body_en:u.s.a | (title_xx:u.s.a)^2.0 | body_xx:u.s.a)~0.1",
        "COVID-19=>((title_fr:covid title_fr:19)^2.0 | (body_fr:covid body_fr:19)"
            + " | (title_ar:covid title_ar:19)^2.0 | (body_ar:covid body_ar:19)"
            + " | (title_en:covid title_en:19)^2.0 | (body_en:covid body_en:19)"
            + " | (title_xx:covid title_xx:19)^2.0 | (body_xx:covid body_xx:19))~0.1",
      })
  void eachTextFieldGetsTheQueryOfItsOwnAnalysis(String word, String expected) throws Exception {
    Query parsed = new RevueQueryParser(new EntityLookups(() -> null), false).parse(word);
    assertEquals(expected, parsed.toString());
    // and the structure behind the text: a disjunction of one query per field
    DisjunctionMaxQuery max = assertInstanceOf(DisjunctionMaxQuery.class, parsed);
    assertEquals(0.1f, max.getTieBreakerMultiplier());
    for (Query q : max.getDisjuncts()) {
      if (q.toString().startsWith("(title_")) {
        assertEquals(2f, assertInstanceOf(BoostQuery.class, q).getBoost(), q.toString());
      } else {
        assertFalse(q instanceof BoostQuery, q.toString());
      }
    }
  }

  /** A parser sharing remembered analyses with earlier searches parses as a fresh one. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nasser Bourita",
        "\"Nasser Bourita\"",
        "\"Nasser Bourita\"~3",
        "title:Bourita body:Niger",
        "bourita le Niger l'Algérie والمغرب"
      })
  void rememberedAnalysesParseAsAFreshParser(String text) throws Exception {
    WordAnalyses shared = new WordAnalyses();
    EntityLookups lookups = new EntityLookups(() -> null);
    // the words of every text analysed first, in other forms (quoted, with slop, per field)
    for (String other :
        List.of(
            "Nasser Bourita",
            "\"Nasser Bourita\"",
            "\"Nasser Bourita\"~3",
            "title:Bourita body:Niger",
            "bourita le Niger l'Algérie والمغرب")) {
      new RevueQueryParser(lookups, shared, false).parse(other);
    }

    Query remembered = new RevueQueryParser(lookups, shared, false).parse(text);

    assertEquals(new RevueQueryParser(lookups, false).parse(text), remembered);
  }

  /**
   * An index written before mention counts (no {@link Fields#COUNTRY_MENTIONS}) still finds the
   * articles tagged with an entity, by the tag: the mentions field it lacks matches nothing.
   */
  @Test
  void anIndexWithoutMentionCountsFindsTaggedArticlesByTheirTag(@TempDir Path tmp)
      throws Exception {
    try (Directory dir = FSDirectory.open(tmp);
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(FieldAnalyzers.perField()))) {
      Document niger = new Document();
      niger.add(new StringField(Fields.ID, "niger", Field.Store.YES));
      niger.add(new StringField(Fields.COUNTRY, "NE", Field.Store.NO));
      niger.add(
          new TextField(
              Fields.bodyField("ar"), "وصل الوفد إلى النيجر في زيارة رسمية", Field.Store.NO));
      writer.addDocument(niger);
      Document other = new Document();
      other.add(new StringField(Fields.ID, "other", Field.Store.YES));
      other.add(
          new TextField(Fields.bodyField("ar"), "عقدت الحكومة اجتماعها في الرباط", Field.Store.NO));
      writer.addDocument(other);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new RevueQueryParser(new EntityLookups(EntityExtractor::defaults, reader), true)
                .parse("Niger");
        TopDocs top = searcher.search(query, 10);
        assertEquals(1, top.totalHits.value());
        assertEquals(
            "niger", searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID));
      }
    }
  }
}
