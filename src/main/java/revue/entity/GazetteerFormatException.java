package revue.entity;

/** A gazetteer file does not follow its documented format; the message names file and line. */
public final class GazetteerFormatException extends RuntimeException {

  public GazetteerFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
  }
}
