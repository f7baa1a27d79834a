package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
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
import org.junit.jupiter.params.provider.ValueSource;
import revue.entity.EntityExtractor;
import revue.index.FieldAnalyzers;
import revue.index.Fields;

class RevueQueryParserTest {

  /** Title and body queries share one analysis per language; each must equal its own. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bourita",
        "l'Algérie",
        "\"Nasser Bourita\"",
        "\"Nasser Bourita\"~2",
        "والمغرب",
        "États-Unis",
        "le",
        "U.S.A",
        "COVID-19"
      })
  void eachTextFieldGetsTheQueryOfItsOwnAnalysis(String word) throws Exception {
    Query parsed = new RevueQueryParser(new EntityLookups(() -> null), false).parse(word);

    List<Query> perField = new ArrayList<>();
    for (String lang : Fields.TEXT_LANGS) {
      for (String field : List.of(Fields.titleField(lang), Fields.bodyField(lang))) {
        QueryParser alone = new QueryParser(field, FieldAnalyzers.perField());
        alone.setSplitOnWhitespace(true);
        Query q = alone.parse(word);
        // a word the analysis drops parses to an empty query alone, and is left out of a concept
        if (!(q instanceof BooleanQuery b && b.clauses().isEmpty())) {
          perField.add(field.startsWith("title_") ? new BoostQuery(q, 2f) : q);
        }
      }
    }
    Query expected = perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, 0.1f);
    assertEquals(expected, parsed);
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
        List.of("Nasser Bourita", "\"Nasser Bourita\"", "\"Nasser Bourita\"~3", "title:Bourita body:Niger",
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
  void anIndexWithoutMentionCountsFindsTaggedArticlesByTheirTag(@TempDir Path tmp) throws Exception {
    try (Directory dir = FSDirectory.open(tmp);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(FieldAnalyzers.perField()))) {
      Document niger = new Document();
      niger.add(new StringField(Fields.ID, "niger", Field.Store.YES));
      niger.add(new StringField(Fields.COUNTRY, "NE", Field.Store.NO));
      niger.add(new TextField(Fields.bodyField("ar"), "وصل الوفد إلى النيجر في زيارة رسمية", Field.Store.NO));
      writer.addDocument(niger);
      Document other = new Document();
      other.add(new StringField(Fields.ID, "other", Field.Store.YES));
      other.add(new TextField(Fields.bodyField("ar"), "عقدت الحكومة اجتماعها في الرباط", Field.Store.NO));
      writer.addDocument(other);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = new RevueQueryParser(new EntityLookups(EntityExtractor::defaults, reader), true).parse("Niger");
        TopDocs top = searcher.search(query, 10);
        assertEquals(1, top.totalHits.value());
        assertEquals("niger", searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID));
      }
    }
  }
}
