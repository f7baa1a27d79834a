package revue.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The persons behind an index's minister tags: each article tags a minister as its own text names
 * them (a discovered name as first written there, جيوفاني تريا in an Arabic article, Giovanni Tria
 * in a French one), and one article cannot see how another wrote the name. Computed from the
 * index's distinct tags as each commit is written (revue.index keeps them beside the commit) or,
 * without that, when a searcher opens, so it always agrees with the articles the searcher sees,
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
  public static final MinisterIdentities NONE =
      new MinisterIdentities(Map.of(), Map.of(), List.of());

  /**
   * A tag, its key, and the position of its identity's head among the tags (its own when it is a
   * head); heads come before the tags they head.
   */
  public record Tag(String value, NameKey key, int head) {}

  /** Every keyed tag, heads first in the order they were chosen. */
  private final List<Tag> tags;

  /** Tag -> the head of its identity, for the tags of an identity of two tags or more. */
  private final Map<String, String> heads;

  /** Head -> every tag of its identity, head first. */
  private final Map<String, List<String>> members;

  /** Every keyed tag's key, by {@link NameKey#blocks()}, for matching a query. */
  private final Map<String, List<Tag>> byBlock;

  /** Every keyed tag's position, by {@link NameKey#familyBlocks()}, to match a family name. */
  private final Map<String, List<Integer>> byFamilyBlock;

  private MinisterIdentities(
      Map<String, String> heads, Map<String, List<String>> members, List<Tag> tags) {
    this.heads = heads;
    this.members = members;
    this.tags = List.copyOf(tags);
    Map<String, List<Tag>> blocks = new HashMap<>();
    for (Tag t : tags) {
      for (String b : t.key().blocks()) {
        blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(t);
      }
    }
    this.byBlock = blocks;
    Map<String, List<Integer>> families = new HashMap<>();
    for (int i = 0; i < this.tags.size(); i++) {
      for (String b : this.tags.get(i).key().familyBlocks()) {
        families.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
      }
    }
    this.byFamilyBlock = families;
  }

  /**
   * The identities of minister tags, each with the number of articles it tags (read from a Lucene
   * index by revue.index, or from an OpenSearch aggregation).
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
    return freeze(heads, members, tags);
  }

  /**
   * The identities {@link #tags} listed, as they were computed: no key is computed again.
   *
   * @throws IllegalArgumentException when a tag's head is not a head listed before it
   */
  public static MinisterIdentities ofTags(List<Tag> tags) {
    Map<String, List<String>> members = new HashMap<>();
    Map<String, String> heads = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      Tag t = tags.get(i);
      if (t.head() < 0 || t.head() > i || tags.get(t.head()).head() != t.head()) {
        throw new IllegalArgumentException("tag " + t.value() + ": no head at " + t.head());
      }
      if (t.head() != i) {
        String headValue = tags.get(t.head()).value();
        members.computeIfAbsent(headValue, k -> new ArrayList<>(List.of(headValue))).add(t.value());
        heads.put(t.value(), headValue);
        heads.put(headValue, headValue);
      }
    }
    return freeze(heads, members, tags);
  }

  private static MinisterIdentities freeze(
      Map<String, String> heads, Map<String, List<String>> members, List<Tag> tags) {
    Map<String, List<String>> frozen = new HashMap<>();
    members.forEach((h, m) -> frozen.put(h, List.copyOf(m)));
    return new MinisterIdentities(Map.copyOf(heads), Map.copyOf(frozen), tags);
  }

  /** Every keyed tag with its key and head, heads first, for {@link #ofTags}. */
  public List<Tag> tags() {
    return tags;
  }

  /** The name an identity's tag is shown under: its head, or the tag itself when alone. */
  public String display(String tag) {
    return heads.getOrDefault(tag, tag);
  }

  /** The identities of two tags or more, each as its tags, head first. */
  public java.util.Collection<List<String>> groups() {
    return members.values();
  }

  /**
   * Every tag of the identity a tag (or its head) belongs to, head first; the tag alone if none.
   */
  public List<String> members(String tag) {
    return members.getOrDefault(display(tag), List.of(tag));
  }

  /**
   * The Arabic-script tags whose family name a single Latin word is ({@link NameKey#family}:
   * "Mattis" for جيمس ماتيس, whose given name tells no Latin tag to be the same person), by the
   * head of their identity, in their order; those of identities the gazetteer knows are left out
   * (its own aliases resolve them). A query word then also finds the articles that name them in the
   * other script, as a gazetteer minister's surname does.
   */
  public Map<String, List<String>> forFamilyName(String word, Predicate<String> known) {
    NameKey.Family family = NameKey.family(word);
    if (family == null) {
      return Map.of();
    }
    java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
    for (String b : family.blocks()) {
      candidates.addAll(byFamilyBlock.getOrDefault(b, List.of()));
    }
    Map<String, List<String>> found = new java.util.LinkedHashMap<>();
    for (int i : candidates) {
      Tag t = tags.get(i);
      if (t.key().familyIs(family) && !known.test(display(t.value()))) {
        found.computeIfAbsent(display(t.value()), k -> new ArrayList<>()).add(t.value());
      }
    }
    return found;
  }

  /**
   * The head of the one identity a name of two words or more names, in either script ("Giovanni
   * Tria" for the tag جيوفاني تريا); empty when none or several do.
   */
  public Optional<String> forName(String name) {
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
