package revue.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One query of an evaluation set: its id and its text, read from and written to a topics file of
 * {@code qid<TAB>query} lines (UTF-8; blank lines and lines starting with {@code #} are skipped).
 *
 * @param id the query id, no whitespace
 * @param query the query text, no tab or newline
 */
public record Topic(String id, String query) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "topic id must be non-empty without whitespace: '" + id + "'");
    }
    if (query.indexOf('\t') >= 0 || query.indexOf('\n') >= 0 || query.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("query of topic " + id + " has a tab or a line break");
    }
  }

  /** Reads a topics file; ids must be unique. */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new TrecFormatException(
              file.toString(), number, "expected 'qid<TAB>query', found no tab after an id");
        }
        String id = line.substring(0, tab).strip();
        if (!ids.add(id)) {
          throw new TrecFormatException(file.toString(), number, "topic id " + id + " repeated");
        }
        try {
          topics.add(new Topic(id, line.substring(tab + 1).strip()));
        } catch (IllegalArgumentException e) {
          throw new TrecFormatException(file.toString(), number, e.getMessage());
        }
      }
    }
    return List.copyOf(topics);
  }

  /** Writes topics as {@code qid<TAB>query} lines. */
  public static void write(Path file, List<Topic> topics) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Topic topic : topics) {
        writer.write(topic.id());
        writer.write('\t');
        writer.write(topic.query());
        writer.write('\n');
      }
    }
  }
}
