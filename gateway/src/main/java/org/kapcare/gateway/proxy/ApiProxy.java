package org.kapcare.gateway.proxy;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.kapcare.gateway.config.GatewayConfig;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * Forwards {@code /api/<route>/**} to the route's service, streaming both bodies (so server-sent
 * events pass through), with the caller's bearer token and a correlation id.
 */
@ApplicationScoped
public class ApiProxy {

  private static final Logger LOG = Logger.getLogger(ApiProxy.class);

  /** Headers that describe one hop, not the message (RFC 9110 §7.6.1). */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length");

  private final GatewayConfig config;
  private final ProxyProblems problems;

  ApiProxy(GatewayConfig config, ProxyProblems problems) {
    this.config = config;
    this.problems = problems;
  }

  void register(@Observes Router router, Vertx vertx) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setTcpNoDelay(true));
    config
        .routes()
        .forEach(
            (name, route) -> {
              String prefix = "/api/" + name;
              router.route(prefix + "/*").handler(ctx -> forward(client, ctx, prefix, route));
            });
  }

  private void forward(
      HttpClient client, RoutingContext ctx, String prefix, GatewayConfig.Route route) {
    HttpServerRequest in = ctx.request();
    String correlationId = correlationId(in);
    if (!authenticated(ctx)) {
      problems.unauthenticated(ctx, correlationId);
      return;
    }
    in.pause();
    String path = in.uri().substring(prefix.length());
    RequestOptions options =
        new RequestOptions()
            .setMethod(in.method())
            .setAbsoluteURI(route.target().toString() + (path.isEmpty() ? "/" : path))
            .setConnectTimeout(route.connectTimeout().toMillis())
            .setIdleTimeout(route.idleTimeout().toMillis());
    client
        .request(options)
        .compose(
            out -> {
              copyHeaders(in.headers(), out.headers());
              out.putHeader(CorrelationId.HEADER, correlationId);
              out.putHeader("X-Forwarded-Prefix", prefix);
              out.putHeader("X-Forwarded-Proto", in.scheme());
              return send(ctx, out);
            })
        .onSuccess(response -> relay(ctx, response, correlationId))
        .onFailure(failure -> fail(ctx, route, correlationId, failure));
  }

  private static Future<HttpClientResponse> send(RoutingContext ctx, HttpClientRequest out) {
    Buffer alreadyRead = ctx.body() == null ? null : ctx.body().buffer();
    return alreadyRead != null ? out.send(alreadyRead) : out.send(ctx.request());
  }

  private static void relay(RoutingContext ctx, HttpClientResponse response, String cid) {
    var out = ctx.response();
    out.setStatusCode(response.statusCode());
    copyHeaders(response.headers(), out.headers());
    out.putHeader(CorrelationId.HEADER, cid);
    String length = response.getHeader("content-length");
    if (length != null) {
      out.putHeader("content-length", length);
    } else {
      out.setChunked(true);
    }
    out.send(response);
  }

  private void fail(RoutingContext ctx, GatewayConfig.Route route, String cid, Throwable failure) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    boolean timedOut =
        failure instanceof TimeoutException
            || failure.getClass().getSimpleName().contains("Timeout");
    LOG.warnf(
        "[cid=%s] backend %s failed: %s", cid, route.target(), failure.getClass().getSimpleName());
    problems.backendFailed(ctx, timedOut, cid);
  }

  /** Invalid tokens already failed authentication; here the request must carry a valid one. */
  private static boolean authenticated(RoutingContext ctx) {
    return ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
  }

  private static void copyHeaders(MultiMap from, MultiMap to) {
    from.forEach(
        header -> {
          if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
            to.add(header.getKey(), header.getValue());
          }
        });
  }

  private static String correlationId(HttpServerRequest in) {
    String given = in.getHeader(CorrelationId.HEADER);
    return given != null && given.matches("[A-Za-z0-9._-]{1,64}")
        ? given
        : UUID.randomUUID().toString();
  }
}
