package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import revue.entity.NameKey;
import revue.index.Fields;

/**
 * The persons behind an index's minister tags: each article tags a minister as its own text names
 * them (a discovered name as first written there, جيوفاني تريا in an Arabic article, Giovanni Tria
 * in a French one), and one article cannot see how another wrote the name. Read from the index's
 * distinct tags whenever a searcher opens, so it always agrees with the articles the searcher sees,
 * whatever the order they were indexed in.
 *
 * <p>Tags whose {@link NameKey}s agree are one identity, shown by its head: the gazetteer's name
 * when one of them is the gazetteer's, else the Latin spelling most articles use, else the Arabic
 * one most articles use. A tag joins the first head (in that order) it agrees with, never a chain
 * of tags (a star, as stories are grouped): two people cannot be merged through a spelling between
 * them.
 *
 * <p>Immutable, thread-safe.
 */
public final class MinisterIdentities {

  /** An index with no minister that shares its person with another. */
  static final MinisterIdentities NONE = new MinisterIdentities(Map.of(), Map.of(), List.of());

  private record Tag(String value, NameKey key, int head) {}

  /** Tag -> the head of its identity, for the tags of an identity of two tags or more. */
  private final Map<String, String> heads;

  /** Head -> every tag of its identity, head first. */
  private final Map<String, List<String>> members;

  /** Every keyed tag's key, by {@link NameKey#blocks()}, for matching a query. */
  private final Map<String, List<Tag>> byBlock;

  private MinisterIdentities(
      Map<String, String> heads, Map<String, List<String>> members, List<Tag> tags) {
    this.heads = heads;
    this.members = members;
    Map<String, List<Tag>> blocks = new HashMap<>();
    for (Tag t : tags) {
      for (String b : t.key().blocks()) {
        blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(t);
      }
    }
    this.byBlock = blocks;
  }

  /**
   * The identities of an index's minister tags.
   *
   * @param known whether a tag is the gazetteer's name of a minister
   */
  static MinisterIdentities of(IndexReader reader, Predicate<String> known) {
    Map<String, Integer> tags = new HashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.MINISTER);
      if (terms == null) {
        return NONE;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        tags.put(term.utf8ToString(), te.docFreq());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(tags, known);
  }

  /**
   * The identities of minister tags, each with the number of articles it tags (an index kept
   * elsewhere: see revue.opensearch).
   *
   * @param known whether a tag is the gazetteer's name of a minister
   */
  public static MinisterIdentities of(Map<String, Integer> tagArticles, Predicate<String> known) {
    record Candidate(String value, NameKey key, boolean known, int articles) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, Integer> tag : tagArticles.entrySet()) {
      NameKey key = NameKey.of(tag.getKey());
      if (key != null) {
        candidates.add(new Candidate(tag.getKey(), key, known.test(tag.getKey()), tag.getValue()));
      }
    }
    // heads first: the gazetteer's names, then Latin spellings, then the most used
    candidates.sort(
        Comparator.comparing((Candidate c) -> !c.known())
            .thenComparing(c -> c.key().isArabic())
            .thenComparing(c -> -c.articles())
            .thenComparing(Candidate::value));
    List<Tag> tags = new ArrayList<>(candidates.size());
    Map<String, List<Integer>> headsByBlock = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    Map<String, String> heads = new HashMap<>();
    for (Candidate c : candidates) {
      int head = -1;
      for (String b : c.key().blocks()) {
        for (int h : headsByBlock.getOrDefault(b, List.of())) {
          Tag t = tags.get(h);
          // two gazetteer names are two people the gazetteer tells apart
          if ((head < 0 || h < head)
              && !(c.known() && known.test(t.value()))
              && t.key().sameAs(c.key())) {
            head = h;
          }
        }
      }
      if (head < 0) {
        int self = tags.size();
        tags.add(new Tag(c.value(), c.key(), self));
        for (String b : c.key().blocks()) {
          headsByBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(self);
        }
      } else {
        String headValue = tags.get(head).value();
        tags.add(new Tag(c.value(), c.key(), head));
        members.computeIfAbsent(headValue, k -> new ArrayList<>(List.of(headValue))).add(c.value());
        heads.put(c.value(), headValue);
        heads.put(headValue, headValue);
      }
    }
    Map<String, List<String>> frozen = new HashMap<>();
    members.forEach((h, m) -> frozen.put(h, List.copyOf(m)));
    return new MinisterIdentities(Map.copyOf(heads), Map.copyOf(frozen), tags);
  }

  /** The name an identity's tag is shown under: its head, or the tag itself when alone. */
  public String display(String tag) {
    return heads.getOrDefault(tag, tag);
  }

  /**
   * Every tag of the identity a tag (or its head) belongs to, head first; the tag alone if none.
   */
  List<String> members(String tag) {
    return members.getOrDefault(display(tag), List.of(tag));
  }

  /**
   * The head of the one identity a name of two words or more names, in either script ("Giovanni
   * Tria" for the tag جيوفاني تريا); empty when none or several do.
   */
  Optional<String> forName(String name) {
    NameKey key = NameKey.of(name);
    if (key == null) {
      return Optional.empty();
    }
    String found = null;
    for (String b : key.blocks()) {
      for (Tag t : byBlock.getOrDefault(b, List.of())) {
        if (t.key().sameAs(key)) {
          String head = display(t.value());
          if (found != null && !found.equals(head)) {
            return Optional.empty(); // two people answer to the name
          }
          found = head;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
