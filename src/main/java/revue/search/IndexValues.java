package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import revue.Filter;
import revue.index.Fields;

/**
 * What a local index's articles hold, for {@link FilterNotes}: a filter value is held when its
 * keyword term (or, for the date, its range of days) matches an article; a dimension's values are
 * its keyword field's terms. Thread-safe as the searcher is.
 */
final class IndexValues implements FilterNotes.Articles {

  private final IndexSearcher searcher;
  private final EntityLookups lookups;
  private final BinaryOperator<String> resolve;

  /**
   * @param resolve a filter's dimension and value to the value as indexed, as the search reads it
   */
  IndexValues(IndexSearcher searcher, EntityLookups lookups, BinaryOperator<String> resolve) {
    this.searcher = searcher;
    this.lookups = lookups;
    this.resolve = resolve;
  }

  @Override
  public boolean has(Filter filter) {
    try {
      String dim = filter.dimension();
      if (dim.equals("date")) {
        long[] days = ArticleSearcher.dateRange(filter.value());
        return searcher.count(LongPoint.newRangeQuery(Fields.DATE_DAY, days[0], days[1])) > 0;
      }
      if (dim.equals(Fields.COLLECTION) || dim.equals(Fields.SOURCE)) {
        return !ignoringCase(searcher.getIndexReader(), dim, filter.value()).isEmpty();
      }
      String value = resolve.apply(dim, filter.value());
      List<String> tags =
          dim.equals(Fields.MINISTER) ? lookups.identities().members(value) : List.of(value);
      for (String tag : tags) {
        if (searcher.count(new TermQuery(new Term(dim, tag))) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The values of a keyword field (a collection, a source) as indexed that equal {@code value}
   * ignoring case ({@link String#equalsIgnoreCase}), as OpenSearch's case-insensitive term reads
   * them; empty when none does.
   */
  static List<String> ignoringCase(IndexReader reader, String field, String value)
      throws IOException {
    List<String> held = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String v = t.utf8ToString();
        if (v.equalsIgnoreCase(value)) {
          held.add(v);
        }
      }
    }
    return held;
  }

  @Override
  public Map<String, Long> counts(String dimension) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), dimension);
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          counts.put(t.utf8ToString(), (long) e.docFreq());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return counts;
  }

  @Override
  public Optional<LocalDate[]> dateSpan() {
    try {
      byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), Fields.DATE_DAY);
      byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), Fields.DATE_DAY);
      if (min == null || max == null) {
        return Optional.empty();
      }
      return Optional.of(
          new LocalDate[] {
            LocalDate.ofEpochDay(LongPoint.decodeDimension(min, 0)),
            LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0))
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<String> country(String value) {
    return value.length() == 2 && value.chars().allMatch(Character::isLetter)
        ? Optional.of(value.toUpperCase(Locale.ROOT))
        : lookups.countryForQuery(value);
  }

  @Override
  public Optional<String> minister(String value) {
    return lookups.ministerForQuery(value);
  }

  @Override
  public String countryName(String code, Locale language) {
    return lookups.countryName(code, language);
  }

  @Override
  public String person(String tag) {
    return lookups.identities().display(tag);
  }
}
