package revue.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import revue.IngestOptions;
import revue.IngestProblem;

/** Keeps what ingest reports, in order, for assertions. */
final class CollectingListener implements IngestListener {
  final List<Article> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
  }

  static CollectingListener read(IngestOptions options, Path... paths) throws IOException {
    CollectingListener listener = new CollectingListener();
    Ingest.read(List.of(paths), options, listener);
    return listener;
  }

  static CollectingListener read(Path... paths) throws IOException {
    return read(IngestOptions.defaults(), paths);
  }

  Article only() {
    if (articles.size() != 1 || !problems.isEmpty()) {
      throw new AssertionError(
          "expected one article and no problem, got " + articles + " " + problems);
    }
    return articles.get(0);
  }

  List<String> problemLines() {
    return problems.stream().map(p -> p.severity() + " " + p).toList();
  }
}
