package org.kapcare.platform.problem;

import java.net.URI;

/** Stable problem type URIs. A service's own rules add slugs under the same base. */
public final class ProblemType {

  public static final String BASE = "https://kapcare.org/problems/";

  public static final String VALIDATION = "validation";
  public static final String MALFORMED_REQUEST = "malformed-request";
  public static final String UNAUTHORIZED = "unauthorized";
  public static final String FORBIDDEN = "forbidden";
  public static final String NOT_FOUND = "not-found";
  public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
  public static final String NOT_ACCEPTABLE = "not-acceptable";
  public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
  public static final String CONFLICT = "conflict";
  public static final String DUPLICATE = "duplicate";
  public static final String OVERLAP = "overlap";
  public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
  public static final String PRECONDITION_FAILED = "precondition-failed";
  public static final String PRECONDITION_REQUIRED = "precondition-required";
  public static final String UNPROCESSABLE = "unprocessable";
  public static final String TOO_MANY_REQUESTS = "too-many-requests";
  public static final String INTERNAL = "internal";

  private ProblemType() {}

  public static URI uri(String slug) {
    return URI.create(BASE + slug);
  }
}
