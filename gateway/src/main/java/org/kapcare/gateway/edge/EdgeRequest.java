package org.kapcare.gateway.edge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.kapcare.platform.correlation.CorrelationId;

/** What the gateway reads from a request at the edge, computed once per request. */
public final class EdgeRequest {

  public static final String CORRELATION_HEADER = CorrelationId.HEADER;
  private static final String CORRELATION_KEY = "kap.correlationId";
  private static final String PUBLIC_KEY = "kap.publicRoute";

  private EdgeRequest() {}

  /**
   * The caller's correlation id when safe to log, otherwise a new one; the same for the request.
   */
  public static String correlationId(RoutingContext ctx) {
    String id = ctx.get(CORRELATION_KEY);
    if (id == null) {
      id = CorrelationId.safeOrNew(ctx.request().getHeader(CORRELATION_HEADER));
      ctx.put(CORRELATION_KEY, id);
    }
    return id;
  }

  /**
   * Whether the request has no body: HTTP/1.x declares one with a length or chunked encoding;
   * HTTP/2 ends the stream with the headers when there is none.
   */
  public static boolean bodyless(HttpServerRequest in) {
    String length = in.getHeader("content-length");
    if (length != null) {
      return "0".equals(length.trim());
    }
    if (in.version() == HttpVersion.HTTP_2) {
      return in.isEnded();
    }
    return in.getHeader("transfer-encoding") == null;
  }

  /** Marks a request to one of the public routes, which need no token. */
  static void markPublic(RoutingContext ctx) {
    ctx.put(PUBLIC_KEY, Boolean.TRUE);
  }

  /** Whether the edge let this request through without a token (a public route). */
  public static boolean isPublic(RoutingContext ctx) {
    return Boolean.TRUE.equals(ctx.get(PUBLIC_KEY));
  }

  /** The authenticated identity, or null for an anonymous request. */
  public static SecurityIdentity identity(RoutingContext ctx) {
    return ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
        ? user.getSecurityIdentity()
        : null;
  }
}
