package org.kapcare.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kapcare.gateway.config.GatewayConfig;
import org.kapcare.gateway.proxy.ProxyProblems;
import org.kapcare.platform.security.Roles;

/**
 * What every request meets before a route: security headers on the answer; for {@code /api/**} a
 * body size limit, the partner allow-list and the rate limits. Runs after authentication (Quarkus
 * authenticates at order -200) and before the proxy and the views.
 */
@ApplicationScoped
public class EdgeGuard {

  /** Before Quarkus' CORS (-300) and authentication (-200): its 401s get the headers too. */
  static final int HEADERS_ORDER = -400;

  /**
   * After the headers and Quarkus' CORS (-300), so that a browser may read the refusal; before
   * authentication (-200), so that no token is parsed for a request refused anyway.
   */
  static final int LINE_ORDER = -250;

  /** After Quarkus' authentication (-200) and upload limit (-2), before every route. */
  static final int GUARD_ORDER = -1;

  private final GatewayConfig config;
  private final RateLimiter limiter;
  private final ProxyProblems problems;
  private final RouteList partnerRoutes;
  private final RouteList publicRoutes;
  private final Counter limitedUsers;
  private final Counter limitedPartners;
  private final Counter partnerOutsideList;
  private final Counter tooLarge;
  private final Counter lineTooLong;

  EdgeGuard(
      GatewayConfig config,
      RateLimiter limiter,
      ProxyProblems problems,
      MeterRegistry metrics,
      @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
          int transportLineLimit) {
    if (transportLineLimit <= config.edge().maxRequestLineLength()) {
      // Vert.x would refuse first, with a bare 414: the gateway's own answer would never be seen.
      throw new IllegalStateException(
          "quarkus.http.limits.max-initial-line-length ("
              + transportLineLimit
              + ") must be above kap.gateway.edge.max-request-line-length ("
              + config.edge().maxRequestLineLength()
              + ")");
    }
    this.config = config;
    this.limiter = limiter;
    this.problems = problems;
    this.limitedUsers = refusals(metrics, "rate-limit-user");
    this.limitedPartners = refusals(metrics, "rate-limit-partner");
    this.partnerOutsideList = refusals(metrics, "partner-route");
    this.tooLarge = refusals(metrics, "body-too-large");
    this.lineTooLong = refusals(metrics, "request-line-too-long");
    this.partnerRoutes = new RouteList(config.partners().allowedRoutes());
    this.publicRoutes = new RouteList(config.publicRoutes());
  }

  void register(@Observes Router router, Vertx vertx) {
    router.route().order(HEADERS_ORDER).handler(this::headers);
    router.route().order(LINE_ORDER).handler(this::requestLine);
    router.route("/api/*").order(GUARD_ORDER).handler(this::guard);
    long forgetNanos = config.rateLimits().forgetAfter().toNanos();
    vertx.setPeriodic(60_000, id -> limiter.forgetIdle(System.nanoTime() - forgetNanos));
  }

  /** Set when the headers are written, so they also replace what a service sent. */
  private void headers(RoutingContext ctx) {
    boolean api = ctx.normalizedPath().startsWith("/api/");
    ctx.addHeadersEndHandler(
        v -> {
          MultiMap headers = ctx.response().headers();
          headers.set("X-Content-Type-Options", "nosniff");
          headers.set("Referrer-Policy", "no-referrer");
          headers.set("X-Frame-Options", "DENY");
          config
              .edge()
              .strictTransportSecurity()
              .ifPresent(value -> headers.set("Strict-Transport-Security", value));
          if (api) {
            headers.set("Content-Security-Policy", config.edge().contentSecurityPolicy());
            headers.set("Cache-Control", "no-store");
          }
        });
    ctx.next();
  }

  /** A request line over the gateway's limit is a 414 problem, before anything reads it. */
  private void requestLine(RoutingContext ctx) {
    int limit = config.edge().maxRequestLineLength();
    if (requestLineLength(ctx.request()) > limit) {
      lineTooLong.increment();
      problems.requestLineTooLong(ctx, limit, EdgeRequest.correlationId(ctx));
      return;
    }
    ctx.next();
  }

  /** As HTTP/1.1 writes it: {@code METHOD SP request-target SP HTTP-version}. */
  static int requestLineLength(HttpServerRequest request) {
    return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
  }

  private void guard(RoutingContext ctx) {
    String correlationId = EdgeRequest.correlationId(ctx);
    long limit = config.edge().maxBodyBytes();
    if (declaredLength(ctx) > limit) {
      tooLarge.increment();
      problems.bodyTooLarge(ctx, limit, correlationId);
      return;
    }
    SecurityIdentity identity = EdgeRequest.identity(ctx);
    if (identity == null) {
      String path = checkablePath(ctx);
      if (path != null && publicRoutes.allows(ctx.request().method().name(), path)) {
        EdgeRequest.markPublic(ctx);
        ctx.next();
      } else {
        problems.unauthenticated(ctx, correlationId);
      }
      return;
    }
    boolean partner = identity.hasRole(Roles.PARTNER);
    if (partner && !partnerMayCall(ctx)) {
      partnerOutsideList.increment();
      problems.forbidden(
          ctx, "partner clinics may only call the partner operations", correlationId);
      return;
    }
    if (config.rateLimits().enabled()) {
      long retryAfter = partner ? takePartner(identity) : takeUser(identity);
      if (retryAfter > 0) {
        (partner ? limitedPartners : limitedUsers).increment();
        problems.tooManyRequests(ctx, retryAfter, correlationId);
        return;
      }
    }
    ctx.next();
  }

  private boolean partnerMayCall(RoutingContext ctx) {
    String path = checkablePath(ctx);
    return path != null && partnerRoutes.allows(ctx.request().method().name(), path);
  }

  /**
   * The path to check against a route list, or null when it has dot segments or encoded slashes:
   * what is checked must be exactly what is forwarded.
   */
  private static String checkablePath(RoutingContext ctx) {
    String raw = ctx.request().path();
    if (!raw.equals(ctx.normalizedPath()) || raw.toLowerCase(Locale.ROOT).contains("%2f")) {
      return null;
    }
    return raw.replace("%24", "$");
  }

  private long takeUser(SecurityIdentity identity) {
    return limiter.take("user:" + identity.getPrincipal().getName(), config.rateLimits().perUser());
  }

  private long takePartner(SecurityIdentity identity) {
    String client = partnerClient(identity);
    GatewayConfig.Bucket bucket =
        config.partners().clients().getOrDefault(client, config.partners().defaults());
    return limiter.take("partner:" + client, bucket);
  }

  /** Requests the edge refused, by reason (no caller ids in labels). */
  private static Counter refusals(MeterRegistry metrics, String reason) {
    return Counter.builder("kap.gateway.edge.refused")
        .description("Requests refused at the edge")
        .tag("reason", reason)
        .register(metrics);
  }

  /** The partner's OAuth client id: {@code azp} of its client-credentials token. */
  static String partnerClient(SecurityIdentity identity) {
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object azp = jwt.getClaim("azp");
      if (azp != null) {
        return azp.toString();
      }
    }
    return identity.getPrincipal().getName();
  }

  private static long declaredLength(RoutingContext ctx) {
    String length = ctx.request().getHeader("content-length");
    if (length == null) {
      return 0;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
