package revue.serve;

/**
 * A request answered with an HTTP error status and a one-line message that names no server file.
 */
final class HttpError extends RuntimeException {

  final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  static HttpError notFound(String message) {
    return new HttpError(404, message);
  }
}
