package org.kapcare.gateway.proxy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.kapcare.platform.correlation.CorrelationId;
import org.kapcare.platform.problem.Problem;
import org.kapcare.platform.problem.ProblemResponses;
import org.kapcare.platform.problem.ProblemType;

/** The gateway's own answers, as problem+json like every service's. */
@ApplicationScoped
public class ProxyProblems {

  private final ProblemResponses problems;

  ProxyProblems(ProblemResponses problems) {
    this.problems = problems;
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
                unauthenticated(ctx, ctx.request().getHeader(CorrelationId.HEADER));
              } else {
                ctx.next();
              }
            });
  }

  void unauthenticated(RoutingContext ctx, String correlationId) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"kap\"");
    write(
        ctx,
        401,
        ProblemType.UNAUTHORIZED,
        "Unauthorized",
        "a valid bearer token from the kap realm is required",
        correlationId);
  }

  void backendFailed(RoutingContext ctx, boolean timedOut, String correlationId) {
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
      ctx.response().putHeader(CorrelationId.HEADER, correlationId);
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end(problems.json(status, type, title, detail, List.of()));
  }
}
