package revue.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.EnrichedArticle;
import revue.enrich.Enricher;
import revue.entity.ObservedTenures;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * The second pass of a run: the tenures the index's articles show ({@link ObservedTenures}), and
 * the articles that name one of those ministers without the post, within the terms, tagged again.
 * An article tagged this way keeps the tag in {@link Fields#MINISTER_OBSERVED} too, so that the
 * tenures are always observed from the articles that give the post, never from their own tags; an
 * article whose tag came from a tenure that no longer covers its date is read again and loses it.
 *
 * <p>Run from the run's thread, after its articles are written and before the stories are regrouped
 * (an updated document starts alone in its story). Does not commit.
 */
public final class TenureTagging {

  /**
   * An article to read again: its id, line, file's hash, the ministers it tags and those of them it
   * tags from a tenure ({@link Fields#MINISTER_OBSERVED}).
   */
  public record Candidate(
      String id, long line, String hash, List<String> ministers, List<String> observed) {}

  /**
   * The articles of one input file to read again, by line (-1 for an article of an index written
   * before lines were kept: then every line of the file is read).
   */
  public static final class FileCandidates {
    final Map<Long, Candidate> byLine = new HashMap<>();
    final Map<String, Candidate> byId = new HashMap<>();

    public void add(Candidate c) {
      if (c.line() < 0) {
        byId.put(c.id(), c);
      } else {
        byLine.put(c.line(), c);
      }
    }

    public int size() {
      return byLine.size() + byId.size();
    }

    boolean wants(long line) {
      return !byId.isEmpty() || byLine.containsKey(line);
    }

    /** The candidate an article read again is, removed; null when it is none. */
    Candidate take(Article article) {
      Candidate c = byLine.get(article.line());
      if (c != null && c.id().equals(article.id())) {
        byLine.remove(article.line());
        return c;
      }
      return byId.remove(article.id());
    }
  }

  /**
   * What a pass did: tenures observed and kept, articles read again, and those written again
   * (gaining a tag, or losing one from a former tenure).
   */
  public record Counts(int tenures, int candidates, int tagged) {}

  private TenureTagging() {}

  /**
   * Observes the tenures of the writer's articles and tags again the articles that name their
   * ministers without a post.
   *
   * @param options how the input files were read (they are read again for the articles to tag)
   */
  public static Counts run(
      IndexWriter writer, Enricher enricher, IngestOptions options, int threads)
      throws IOException {
    ObservedTenures tenures;
    Map<String, FileCandidates> candidates;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      tenures = observe(reader, enricher::knowsMinister);
      candidates = candidates(reader, tenures);
    }
    if (candidates.isEmpty()) {
      return new Counts(tenures.tenures().size(), 0, 0);
    }
    int total = candidates.values().stream().mapToInt(FileCandidates::size).sum();
    int tagged =
        readAgain(
            candidates,
            enricher.withTenures(tenures),
            options,
            threads,
            (after, candidate, observed) -> {
              String file = ArticleDocuments.inputFile(after.article().path());
              Document doc = ArticleDocuments.toDocument(after, file);
              ArticleDocuments.inputFileFields(doc, file, candidate.hash());
              ArticleDocuments.observedMinisters(doc, observed);
              try {
                writer.updateDocument(
                    new Term(Fields.ID, after.article().id()),
                    ArticleDocuments.facetsConfig().build(doc));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return new Counts(tenures.tenures().size(), total, tagged);
  }

  /**
   * Where a pass writes an article that gained ministers, with those of its ministers that come
   * from a tenure: the ones gained and the ones it had from a tenure already (thread-safe: called
   * from several).
   */
  @FunctionalInterface
  public interface Retagged {
    void write(EnrichedArticle after, Candidate candidate, Set<String> observed);
  }

  /**
   * Reads the candidates again from their files (only their lines, for JSON Lines), enriches them
   * with the tenures on the given number of threads, and hands each that gains a minister to {@code
   * out}: how many did. Shared by the local index and the cluster.
   */
  public static int readAgain(
      Map<String, FileCandidates> candidates,
      Enricher tagging,
      IngestOptions options,
      int threads,
      Retagged out)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String f : candidates.keySet()) {
      Path p = Path.of(f);
      if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    // the candidates are read in one pass over their files on this thread, each enriched on the
    // pool's threads as soon as it is read: the reading (mostly decompressing whole files for a
    // few lines) and the enrichment overlap
    AtomicInteger tagged = new AtomicInteger();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    List<Future<?>> tasks = new ArrayList<>();
    try {
      Ingest.read(
          files,
          options,
          new IngestListener() {
            private Path lastFile;
            private FileCandidates ofFile;

            private FileCandidates of(Path file) {
              if (!file.equals(lastFile)) {
                lastFile = file;
                ofFile = candidates.get(ArticleDocuments.inputFile(file.toString()));
              }
              return ofFile;
            }

            @Override
            public boolean wantsLine(Path file, long line) {
              FileCandidates c = of(file);
              return c != null && c.wants(line);
            }

            @Override
            public void article(Article article) {
              FileCandidates c = of(Path.of(article.path()));
              Candidate candidate = c == null ? null : c.take(article);
              if (candidate != null) {
                tasks.add(
                    pool.submit(
                        () -> {
                          if (tagAgain(tagging, article, candidate, out)) {
                            tagged.incrementAndGet();
                          }
                        }));
              }
            }

            @Override
            public void problem(IngestProblem problem) {
              // reported by the first pass
            }
          });
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while tagging tenures", e);
    } catch (ExecutionException e) {
      Throwable t = e.getCause();
      throw t instanceof UncheckedIOException u ? u.getCause() : new IOException(t.getMessage(), t);
    } finally {
      pool.shutdownNow();
    }
    return tagged.get();
  }

  /**
   * Enriches one candidate with the tenures; writes it when it gains a minister, or loses one it
   * had from a tenure that no longer holds it.
   */
  private static boolean tagAgain(Enricher tagging, Article article, Candidate c, Retagged out) {
    EnrichedArticle after = tagging.enrich(article);
    Set<String> added = new LinkedHashSet<>(after.ministers());
    added.removeAll(c.ministers());
    Set<String> lost = new LinkedHashSet<>(c.observed());
    lost.removeAll(after.ministers());
    if (added.isEmpty() && lost.isEmpty()) {
      return false;
    }
    // the tags read from a tenure: those gained, and those it had and keeps
    Set<String> observed = new LinkedHashSet<>(c.observed());
    observed.addAll(added);
    observed.retainAll(after.ministers());
    out.write(after, c, observed);
    return true;
  }

  /**
   * The tenures an index's articles show: each minister tag the gazetteer does not know, over the
   * dates of the articles that give it from their text (not from a tenure), kept when enough of the
   * articles naming the person within the terms give the post ({@link
   * ObservedTenures#titledEnough}).
   */
  public static ObservedTenures observe(IndexReader reader, Predicate<String> known)
      throws IOException {
    Map<String, int[]> days = new TreeMap<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.MINISTER);
    if (terms == null) {
      return ObservedTenures.NONE;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String tag = term.utf8ToString();
      if (te.docFreq() < ObservedTenures.MIN_ARTICLES || known.test(tag)) {
        continue;
      }
      int[] d = titledDays(reader, tag);
      if (d.length >= ObservedTenures.MIN_ARTICLES) {
        days.put(tag, d);
      }
    }
    ObservedTenures all = ObservedTenures.of(days, known);
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    Map<String, int[]> namedDays = new HashMap<>();
    for (ObservedTenures.Tenure t : all.tenures()) {
      Query named =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.MINISTER, t.name())), BooleanClause.Occur.SHOULD)
              .add(phrase(t.name()), BooleanClause.Occur.SHOULD)
              .build();
      namedDays.put(t.name(), dates(searcher, named));
    }
    return all.keepingTerms(
        (t, term) -> {
          int titled = term.count(days.get(t.name()));
          int named = term.count(namedDays.get(t.name()));
          return ObservedTenures.titledEnough(titled, named);
        });
  }

  /** The dates (epoch days) of the live dated articles a query matches. */
  private static int[] dates(IndexSearcher searcher, Query q) throws IOException {
    Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<Integer> out = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      var scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues dates = leaf.reader().getNumericDocValues(Fields.DATE_DAY);
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live == null || live.get(doc)) && dates != null && dates.advanceExact(doc)) {
          out.add((int) dates.longValue());
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The dates (epoch days) of the live articles that tag a minister from their own text. */
  private static int[] titledDays(IndexReader reader, String tag) throws IOException {
    List<Integer> out = new ArrayList<>();
    BytesRef t = new BytesRef(tag);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.MINISTER);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(t)) {
        continue;
      }
      Set<Integer> observed = docs(leaf, Fields.MINISTER_OBSERVED, t);
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues dates = leaf.reader().getNumericDocValues(Fields.DATE_DAY);
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        if ((live == null || live.get(doc))
            && !observed.contains(doc)
            && dates != null
            && dates.advanceExact(doc)) {
          out.add((int) dates.longValue());
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Set<Integer> docs(LeafReaderContext leaf, String field, BytesRef value)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return Set.of();
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(value)) {
      return Set.of();
    }
    Set<Integer> out = new HashSet<>();
    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
      out.add(doc);
    }
    return out;
  }

  /** The articles dated within a tenure's terms, give or take the gazetteer's margin. */
  static Query within(List<ObservedTenures.Term> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (ObservedTenures.Term term : terms) {
      b.add(
          LongPoint.newRangeQuery(Fields.DATE_DAY, term.firstDay(), term.lastDay()),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * The articles whose title or body holds the name as a phrase, in the analysis of each language
   * written in the name's script, and the neutral one.
   */
  static Query phrase(String name) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Analyzer analyzer = FieldAnalyzers.perField();
    for (String lang : Fields.textLangsOfScript(name)) {
      for (String field : List.of(Fields.titleField(lang), Fields.bodyField(lang))) {
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int pos = -1;
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, name)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            pos += inc.getPositionIncrement();
            p.add(new Term(field, term.toString()), pos);
            n++;
          }
          ts.end();
        }
        if (n > 0) {
          b.add(p.build(), BooleanClause.Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /**
   * By input file: the articles to read again. Those dated within a tenure's terms that name its
   * minister (by the whole name, or a family name of it after a courtesy title) and do not tag
   * them, and those tagging a minister from a tenure that no longer covers their date (the articles
   * that gave the post changed or went), so that a run takes back the tags it no longer has grounds
   * for.
   */
  static Map<String, FileCandidates> candidates(IndexReader reader, ObservedTenures tenures)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    Map<String, FileCandidates> out = new HashMap<>();
    Map<String, ObservedTenures.Tenure> byName = new HashMap<>();
    for (ObservedTenures.Tenure t : tenures.tenures()) {
      byName.put(t.name(), t);
      collect(
          searcher,
          new BooleanQuery.Builder()
              .add(named(t), BooleanClause.Occur.FILTER)
              .add(within(t.terms()), BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Fields.MINISTER, t.name())), BooleanClause.Occur.MUST_NOT)
              .build(),
          out);
    }
    Terms observed = MultiTerms.getTerms(reader, Fields.MINISTER_OBSERVED);
    if (observed != null) {
      TermsEnum te = observed.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String name = term.utf8ToString();
        ObservedTenures.Tenure t = byName.get(name);
        BooleanQuery.Builder stale =
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(Fields.MINISTER_OBSERVED, name)),
                    BooleanClause.Occur.FILTER);
        if (t != null) {
          stale.add(within(t.terms()), BooleanClause.Occur.MUST_NOT);
        }
        collect(searcher, stale.build(), out);
      }
    }
    return out;
  }

  /**
   * The articles that name a tenure's minister: the name as a phrase, or a family name of it after
   * a courtesy title ("M. Blanquer"; French analysis drops "M." as a stop word, so no phrase finds
   * it).
   */
  private static Query named(ObservedTenures.Tenure t) throws IOException {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(phrase(t.name()), BooleanClause.Occur.SHOULD);
    for (String family : t.familyNames()) {
      b.add(new TermQuery(new Term(Fields.COURTESY_NAME, family)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Adds the live articles a query matches to the candidates, by input file. */
  private static void collect(IndexSearcher searcher, Query q, Map<String, FileCandidates> out)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    StoredFields stored = reader.storedFields();
    Set<String> wanted =
        Set.of(
            Fields.ID,
            Fields.FILE,
            Fields.FILE_HASH,
            Fields.MINISTER,
            Fields.MINISTER_OBSERVED,
            Fields.LINE);
    Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : reader.leaves()) {
      var scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(leaf.docBase + doc, wanted);
        String file = d.get(Fields.FILE);
        if (file != null) {
          String hash = d.get(Fields.FILE_HASH);
          Number line =
              d.getField(Fields.LINE) == null ? null : d.getField(Fields.LINE).numericValue();
          out.computeIfAbsent(file, k -> new FileCandidates())
              .add(
                  new Candidate(
                      d.get(Fields.ID),
                      line == null ? -1 : line.longValue(),
                      hash == null ? "" : hash,
                      List.of(d.getValues(Fields.MINISTER)),
                      List.of(d.getValues(Fields.MINISTER_OBSERVED))));
        }
      }
    }
  }
}
