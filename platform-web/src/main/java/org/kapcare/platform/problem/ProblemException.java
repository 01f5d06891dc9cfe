package org.kapcare.platform.problem;

/**
 * A request the service refuses for a known reason; answered as problem+json with the given status
 * and type. Throw it from services; never build error responses by hand.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;

  public ProblemException(int status, String type, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        404, ProblemType.NOT_FOUND, "Not found", what + " " + id + " does not exist");
  }

  /** A clinic rule refuses the request as it stands (409: the state of things conflicts). */
  public static ProblemException ruleConflict(String rule, String title, String detail) {
    return new ProblemException(409, rule, title, detail);
  }

  /** A clinic rule refuses the request's content (422: well-formed but not acceptable). */
  public static ProblemException ruleViolation(String rule, String title, String detail) {
    return new ProblemException(422, rule, title, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, ProblemType.FORBIDDEN, "Forbidden", detail);
  }

  public static ProblemException staleVersion(String detail) {
    return new ProblemException(
        412, ProblemType.PRECONDITION_FAILED, "Precondition failed", detail);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }
}
