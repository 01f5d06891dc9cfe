package org.kapcare.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.kapcare.gateway.edge.EdgeRequest;
import org.kapcare.platform.problem.Problem;
import org.kapcare.platform.problem.ProblemType;

/** The gateway's own answers below JAX-RS, as problem+json like every service's. */
@ApplicationScoped
public class ProxyProblems {

  private final ObjectMapper json;

  ProxyProblems(ObjectMapper json) {
    this.json = json;
  }

  /** Edge authentication failures become a 401 problem instead of an empty challenge. */
  void register(@Observes Router router) {
    router
        .route()
        .failureHandler(
            ctx -> {
              Throwable failure = ctx.failure();
              if (failure instanceof AuthenticationFailedException
                  || failure instanceof UnauthorizedException) {
                unauthenticated(ctx, EdgeRequest.correlationId(ctx));
              } else {
                ctx.next();
              }
            });
  }

  public void unauthenticated(RoutingContext ctx, String correlationId) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"kap\"");
    write(
        ctx,
        401,
        ProblemType.UNAUTHORIZED,
        "Unauthorized",
        "a valid bearer token from the kap realm is required",
        correlationId);
  }

  public void forbidden(RoutingContext ctx, String detail, String correlationId) {
    write(ctx, 403, ProblemType.FORBIDDEN, "Forbidden", detail, correlationId);
  }

  public void notFound(RoutingContext ctx, String correlationId) {
    write(
        ctx,
        404,
        ProblemType.NOT_FOUND,
        "Not found",
        "no such operation in the public API",
        correlationId);
  }

  public void bodyTooLarge(RoutingContext ctx, long limit, String correlationId) {
    if (ctx.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
      // The rest of the body is not read: the connection cannot be reused.
      ctx.response().putHeader("Connection", "close");
    }
    write(
        ctx,
        413,
        "payload-too-large",
        "Request body too large",
        "request bodies are limited to " + limit + " bytes",
        correlationId);
  }

  public void requestLineTooLong(RoutingContext ctx, int limit, String correlationId) {
    if (ctx.request().version() != io.vertx.core.http.HttpVersion.HTTP_2
        && !EdgeRequest.bodyless(ctx.request())) {
      // A body is not read: the connection cannot be reused.
      ctx.response().putHeader("Connection", "close");
    }
    write(
        ctx,
        414,
        "uri-too-long",
        "Request line too long",
        "request lines (method, path and query) are limited to " + limit + " characters",
        correlationId);
  }

  public void tooManyRequests(RoutingContext ctx, long retryAfterSeconds, String correlationId) {
    ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
    write(
        ctx,
        429,
        ProblemType.TOO_MANY_REQUESTS,
        "Too many requests",
        "the rate limit of this caller is used up; retry after " + retryAfterSeconds + " s",
        correlationId);
  }

  public void circuitOpen(RoutingContext ctx, long retryAfterSeconds, String correlationId) {
    ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
    write(
        ctx,
        503,
        "backend-unavailable",
        "Service unavailable",
        "the service behind this route keeps failing; the gateway stops calling it for a while",
        correlationId);
  }

  public void backendFailed(RoutingContext ctx, boolean timedOut, String correlationId) {
    if (timedOut) {
      write(
          ctx,
          504,
          "backend-timeout",
          "Service did not answer",
          "the service behind this route did not answer in time; retry later",
          correlationId);
    } else {
      write(
          ctx,
          503,
          "backend-unavailable",
          "Service unavailable",
          "the service behind this route is unavailable; retry later",
          correlationId);
    }
  }

  private void write(
      RoutingContext ctx,
      int status,
      String type,
      String title,
      String detail,
      String correlationId) {
    if (correlationId != null) {
      ctx.response().putHeader(EdgeRequest.CORRELATION_HEADER, correlationId);
    }
    Problem problem =
        new Problem(ProblemType.uri(type), title, status, detail, correlationId, List.of());
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
  }
}
