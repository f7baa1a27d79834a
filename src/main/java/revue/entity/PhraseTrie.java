package revue.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * A map from phrases (sequences of folded words) to values that finds the longest phrase starting
 * at a word, in time proportional to the phrase length and independent of the number of phrases.
 *
 * <p>Mutable while built, then read-only: safe for concurrent reads once no more puts happen.
 */
final class PhraseTrie<V> {

  /** A phrase found in a text: words {@code [from, to)} and the phrase's value. */
  record Match<V>(int from, int to, V value) {}

  private static final class Node<V> {
    Map<String, Node<V>> next;
    V value;
  }

  private final Node<V> root = new Node<>();

  /** Maps a phrase (folded words) to a value; {@code merge} resolves a phrase added twice. */
  void put(List<String> words, V value, BinaryOperator<V> merge) {
    if (words.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String w : words) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(w, k -> new Node<>());
    }
    node.value = node.value == null ? value : merge.apply(node.value, value);
  }

  /** Calls {@code action} with every phrase and its value, depth first. */
  void forEach(BiConsumer<List<String>, V> action) {
    forEach(root, new ArrayList<>(), action);
  }

  private static <V> void forEach(
      Node<V> node, List<String> words, BiConsumer<List<String>, V> action) {
    if (node.value != null) {
      action.accept(List.copyOf(words), node.value);
    }
    if (node.next != null) {
      for (Map.Entry<String, Node<V>> e : node.next.entrySet()) {
        words.add(e.getKey());
        forEach(e.getValue(), words, action);
        words.remove(words.size() - 1);
      }
    }
  }

  /** The words phrases start with. */
  java.util.Set<String> firstWords() {
    return root.next == null
        ? java.util.Set.of()
        : java.util.Collections.unmodifiableSet(root.next.keySet());
  }

  /**
   * The longest phrase starting at word {@code from}, trying each form of each word (see {@link
   * TextFolding#arabicForms}); null when none starts there.
   */
  Match<V> longestAt(List<List<String>> forms, int from) {
    Match<V>[] best = newBest();
    walk(root, forms, from, from, best);
    return best[0];
  }

  /** Every phrase starting at word {@code from}, shortest first. */
  List<Match<V>> allAt(List<List<String>> forms, int from) {
    List<Match<V>> out = new ArrayList<>();
    collect(root, forms, from, from, out);
    out.sort((a, b) -> Integer.compare(a.to(), b.to()));
    return out;
  }

  private void walk(Node<V> node, List<List<String>> forms, int from, int at, Match<V>[] best) {
    if (node.value != null && at > from && (best[0] == null || at > best[0].to())) {
      best[0] = new Match<>(from, at, node.value);
    }
    if (node.next == null || at >= forms.size()) {
      return;
    }
    for (String form : forms.get(at)) {
      Node<V> child = node.next.get(form);
      if (child != null) {
        walk(child, forms, from, at + 1, best);
      }
    }
  }

  private void collect(
      Node<V> node, List<List<String>> forms, int from, int at, List<Match<V>> out) {
    if (node.value != null && at > from) {
      out.add(new Match<>(from, at, node.value));
    }
    if (node.next == null || at >= forms.size()) {
      return;
    }
    for (String form : forms.get(at)) {
      Node<V> child = node.next.get(form);
      if (child != null) {
        collect(child, forms, from, at + 1, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Match<V>[] newBest() {
    return (Match<V>[]) new Match[1];
  }
}
