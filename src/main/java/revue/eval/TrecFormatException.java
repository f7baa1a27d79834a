package revue.eval;

/** A topics, run or qrels file has a line that does not follow its TREC format. */
public class TrecFormatException extends RuntimeException {

  public TrecFormatException(String source, long line, String message) {
    super(source + ":" + line + ": " + message);
  }
}
