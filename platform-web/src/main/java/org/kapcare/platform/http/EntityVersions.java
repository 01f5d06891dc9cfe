package org.kapcare.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's version is its {@code ETag}, and a change must
 * name the version it was based on in {@code If-Match} (428 without it, 412 when stale).
 */
public final class EntityVersions {

  private EntityVersions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** A 200 with {@code body} and the ETag of {@code version}. */
  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(tag(version)).build();
  }

  /** Refuses the change unless {@code ifMatch} names {@code current} (or is {@code *}). */
  public static void requireMatch(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428,
          ProblemType.PRECONDITION_REQUIRED,
          "Precondition required",
          "send If-Match with the ETag of the version this change is based on");
    }
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || unquote(tag).equals(Long.toString(current))) {
        return;
      }
    }
    throw ProblemException.staleVersion(
        "the resource changed since you read it (current ETag \"" + current + "\")");
  }

  private static String unquote(String tag) {
    String t = tag.startsWith("W/") ? tag.substring(2) : tag;
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }
}
