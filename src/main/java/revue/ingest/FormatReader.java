package revue.ingest;

import java.io.IOException;

/** Reads the articles of one file of one format and hands them to the sink. */
interface FormatReader {
  /**
   * Reads the whole file. Bad records are reported to the sink and skipped; an exception means the
   * rest of the file cannot be read, and is reported at {@link ArticleSink#position()}.
   */
  void read(SourceFile file, ArticleSink sink) throws IOException;
}
