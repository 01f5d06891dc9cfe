package org.kapcare.gateway.proxy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.kapcare.gateway.config.GatewayConfig;
import org.kapcare.gateway.edge.EdgeRequest;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * Forwards {@code /api/<route>/**} to the route's service, streaming both bodies (so server-sent
 * events pass through), with the caller's bearer token and a correlation id. Per service: a
 * response timeout, an idle timeout, a circuit breaker, and a retry for idempotent requests without
 * body whose connection failed.
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

  /** Safe and idempotent (RFC 9110 §9.2): a second attempt cannot change anything. */
  private static final Set<HttpMethod> RETRYABLE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  /** Responses that say the service, not the request, is in trouble. */
  private static final Set<Integer> BACKEND_TROUBLE = Set.of(502, 503, 504);

  private static final String CIRCUIT_GAUGE = "kap.gateway.circuit.open";

  private final GatewayConfig config;
  private final ProxyProblems problems;
  private final MeterRegistry metrics;
  private final Map<String, BackendCircuit> circuits = new ConcurrentHashMap<>();

  ApiProxy(GatewayConfig config, ProxyProblems problems, MeterRegistry metrics) {
    this.config = config;
    this.problems = problems;
    this.metrics = metrics;
  }

  void register(@Observes Router router, Vertx vertx) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setTcpNoDelay(true));
    config
        .routes()
        .forEach(
            (name, route) -> {
              BackendCircuit circuit =
                  new BackendCircuit(route.breaker().failureThreshold(), route.breaker().openFor());
              circuits.put(name, circuit);
              // A gauge of an earlier start (tests restart the application) would read its circuit.
              metrics.find(CIRCUIT_GAUGE).tag("route", name).meters().forEach(metrics::remove);
              Gauge.builder(CIRCUIT_GAUGE, circuit, c -> c.isOpen() ? 1 : 0)
                  .description("1 while the route's circuit breaker is open")
                  .tag("route", name)
                  .register(metrics);
              Backend backend = Backend.of(name, route, circuit);
              router
                  .route(backend.prefix() + "/*")
                  .handler(ctx -> forward(vertx, client, ctx, backend, route.retries()));
            });
  }

  /** A route's service, with its address taken apart once rather than parsed per request. */
  private record Backend(
      String name,
      String prefix,
      GatewayConfig.Route route,
      BackendCircuit circuit,
      String host,
      int port,
      boolean ssl,
      String basePath) {

    static Backend of(String name, GatewayConfig.Route route, BackendCircuit circuit) {
      URI target = route.target();
      boolean ssl = "https".equalsIgnoreCase(target.getScheme());
      String path = target.getRawPath() == null ? "" : target.getRawPath();
      return new Backend(
          name,
          "/api/" + name,
          route,
          circuit,
          target.getHost(),
          target.getPort() > 0 ? target.getPort() : ssl ? 443 : 80,
          ssl,
          path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** The target's path and the request's rest of the path (or "/"). */
    String uri(String rest) {
      return basePath + (rest.isEmpty() ? "/" : rest);
    }
  }

  /** One proxied exchange: what the failure handler must know. */
  private static final class Exchange {
    HttpClientRequest out;
    boolean timedOut;
    boolean bodyTooLarge;
    boolean answered;
  }

  private void forward(
      Vertx vertx, HttpClient client, RoutingContext ctx, Backend backend, int retries) {
    HttpServerRequest in = ctx.request();
    String correlationId = EdgeRequest.correlationId(ctx);
    if (!authenticated(ctx) && !EdgeRequest.isPublic(ctx)) {
      problems.unauthenticated(ctx, correlationId);
      return;
    }
    if (ctx.normalizedPath().startsWith(backend.prefix() + "/q/")) {
      // The services' management endpoints (metrics, health, their own OpenAPI) stay inside.
      problems.notFound(ctx, correlationId);
      return;
    }
    if (!backend.circuit().tryAcquire()) {
      problems.circuitOpen(ctx, backend.circuit().retryAfterSeconds(), correlationId);
      return;
    }
    boolean bodyless = EdgeRequest.bodyless(in);
    if (!bodyless) {
      in.pause();
    }
    boolean retryable = bodyless && RETRYABLE.contains(in.method());
    attempt(vertx, client, ctx, backend, correlationId, retryable ? retries : 0, bodyless);
  }

  private void attempt(
      Vertx vertx,
      HttpClient client,
      RoutingContext ctx,
      Backend backend,
      String correlationId,
      int retriesLeft,
      boolean bodyless) {
    HttpServerRequest in = ctx.request();
    GatewayConfig.Route route = backend.route();
    String path = in.uri().substring(backend.prefix().length());
    String accept = in.getHeader("accept");
    boolean stream = accept != null && accept.contains("text/event-stream");
    RequestOptions options =
        new RequestOptions()
            .setMethod(in.method())
            .setHost(backend.host())
            .setPort(backend.port())
            .setSsl(backend.ssl())
            .setURI(backend.uri(path))
            .setConnectTimeout(route.connectTimeout().toMillis())
            .setIdleTimeout((stream ? route.streamIdleTimeout() : route.idleTimeout()).toMillis());
    Exchange exchange = new Exchange();
    long timer =
        stream
            ? -1
            : vertx.setTimer(
                route.responseTimeout().toMillis(),
                id -> {
                  if (!exchange.answered && exchange.out != null) {
                    exchange.timedOut = true;
                    exchange.out.reset(0, new TimeoutException("no response headers in time"));
                  }
                });
    client
        .request(options)
        .compose(
            out -> {
              exchange.out = out;
              copyHeaders(in.headers(), out.headers());
              out.putHeader(CorrelationId.HEADER, correlationId);
              out.putHeader("X-Forwarded-Prefix", backend.prefix());
              out.putHeader("X-Forwarded-Proto", in.scheme());
              return send(ctx, out, bodyless, exchange);
            })
        .onComplete(
            done -> {
              exchange.answered = true;
              if (timer >= 0) {
                vertx.cancelTimer(timer);
              }
            })
        .onSuccess(
            response -> {
              if (BACKEND_TROUBLE.contains(response.statusCode())) {
                backend.circuit().failed();
              } else {
                backend.circuit().succeeded();
              }
              relay(ctx, response, correlationId);
            })
        .onFailure(
            failure -> {
              if (retriesLeft > 0 && connectionFailed(failure) && !ctx.response().closed()) {
                LOG.debugf("[cid=%s] retrying %s after %s", correlationId, backend.name(), failure);
                attempt(vertx, client, ctx, backend, correlationId, retriesLeft - 1, bodyless);
                return;
              }
              if (!exchange.bodyTooLarge) {
                backend.circuit().failed();
              }
              fail(ctx, backend, correlationId, exchange, failure);
            });
  }

  private Future<HttpClientResponse> send(
      RoutingContext ctx, HttpClientRequest out, boolean bodyless, Exchange exchange) {
    if (bodyless) {
      return out.send();
    }
    if (ctx.body() != null && ctx.body().buffer() != null) {
      return out.send(ctx.body().buffer());
    }
    HttpServerRequest in = ctx.request();
    if (in.getHeader("content-length") != null) {
      // The edge already refused a declared length above the limit.
      return out.send(in);
    }
    return sendLimited(in, out, config.edge().maxBodyBytes(), exchange);
  }

  /** Streams a chunked body, cutting it off (413) once it passes the limit. */
  private static Future<HttpClientResponse> sendLimited(
      HttpServerRequest in, HttpClientRequest out, long limit, Exchange exchange) {
    out.setChunked(true);
    long[] seen = {0};
    in.handler(
        chunk -> {
          seen[0] += chunk.length();
          if (seen[0] > limit) {
            exchange.bodyTooLarge = true;
            in.pause();
            out.reset(0, new IllegalStateException("request body too large"));
            return;
          }
          out.write(chunk);
          if (out.writeQueueFull()) {
            in.pause();
            out.drainHandler(v -> in.resume());
          }
        });
    in.endHandler(
        v -> {
          if (!exchange.bodyTooLarge) {
            out.end();
          }
        });
    in.resume();
    return out.response();
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
    // A caller that goes away must not leave an endless event stream open behind it.
    out.closeHandler(v -> response.request().reset());
    String type = response.getHeader("content-type");
    if (type != null && type.startsWith("text/event-stream")) {
      // The caller learns the stream is open now, not with its first event (maybe minutes away).
      out.writeHead();
      response.pipeTo(out);
    } else {
      out.send(response);
    }
  }

  private void fail(
      RoutingContext ctx, Backend backend, String cid, Exchange exchange, Throwable failure) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    if (exchange.bodyTooLarge) {
      problems.bodyTooLarge(ctx, config.edge().maxBodyBytes(), cid);
      return;
    }
    boolean timedOut =
        exchange.timedOut
            || failure instanceof TimeoutException
            || failure.getClass().getSimpleName().contains("Timeout");
    LOG.warnf(
        "[cid=%s] backend %s (%s) failed: %s",
        cid, backend.name(), backend.route().target(), failure.getClass().getSimpleName());
    problems.backendFailed(ctx, timedOut, cid);
  }

  /**
   * No connection, or the connection closed before any answer (a pooled connection the service
   * dropped, a crashing service). Only ever retried for safe methods without body.
   */
  private static boolean connectionFailed(Throwable failure) {
    return failure instanceof ConnectException
        || failure instanceof HttpClosedException
        || failure.getClass().getSimpleName().equals("ConnectTimeoutException");
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
}
