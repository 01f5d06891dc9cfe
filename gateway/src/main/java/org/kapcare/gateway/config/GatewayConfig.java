package org.kapcare.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the gateway sends each part of the API, and what it checks before. */
@ConfigMapping(prefix = "kap.gateway")
public interface GatewayConfig {

  /** One route per service: {@code /api/<name>/**} is forwarded to {@code target}. */
  Map<String, Route> routes();

  /** Limits at the edge, before any service is called. */
  Edge edge();

  /** Who may call how often. */
  RateLimits rateLimits();

  /** Partner clinics: what their client-credentials tokens may reach and how often. */
  Partners partners();

  /**
   * Routes reachable without a token, as {@code METHOD /api/path} (same syntax as {@link
   * Partners#allowedRoutes()}), e.g. calendar feeds whose URL is the secret. Keep it short.
   */
  List<String> publicRoutes();

  /** A backend service. */
  interface Route {

    /** The service's base URL, e.g. {@code http://127.0.0.1:8081}. */
    URI target();

    /** How long to wait for a connection to the service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long the service may take to send its response headers (504 after). A server-sent event
     * stream answers its headers at once, so this does not cut streams.
     */
    @WithDefault("10s")
    Duration responseTimeout();

    /** How long a response may stay silent before the gateway gives up (504). */
    @WithDefault("30s")
    Duration idleTimeout();

    /**
     * For requests that accept {@code text/event-stream}: no response timeout (a stream may send
     * its headers with its first event), and this much silence before the stream is closed.
     */
    @WithDefault("10m")
    Duration streamIdleTimeout();

    /**
     * Extra attempts for a GET, HEAD or OPTIONS without body whose connection failed before any
     * answer. Other methods are never retried by the gateway.
     */
    @WithDefault("1")
    int retries();

    /** The circuit breaker in front of the service. */
    Breaker breaker();
  }

  /** Opens after a run of failures, answers 503 at once while open, then lets one request try. */
  interface Breaker {

    /** Consecutive failures (no connection, timeout, 502/503/504) that open the circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long the circuit stays open before one trial request is let through. */
    @WithDefault("10s")
    Duration openFor();
  }

  /** Request limits and response headers for {@code /api/**}. */
  interface Edge {

    /** Largest request body accepted (413 above it), in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Longest request line accepted (method, target and version; 414 above it), in characters.
     * Below {@code quarkus.http.limits.max-initial-line-length}, which stays the transport's
     * backstop: only under it can the gateway answer with a problem.
     */
    @WithDefault("4096")
    int maxRequestLineLength();

    /** Sent as {@code Strict-Transport-Security} when set; off locally (plain HTTP). */
    Optional<String> strictTransportSecurity();

    /** {@code Content-Security-Policy} of API responses (JSON, never rendered as a page). */
    @WithDefault("default-src 'none'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /** Verified tokens remembered at the edge (the services still verify every token). */
    TokenCache tokenCache();
  }

  /**
   * A token the edge verified is not parsed and checked again for a while: until it expires, at
   * most {@code maxAge}, which bounds how long a token signed with a key the realm since withdrew
   * still passes the edge.
   */
  interface TokenCache {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("60s")
    Duration maxAge();

    /** Tokens kept at most; beyond it the cache is emptied and fills again. */
    @WithDefault("5000")
    int maxEntries();
  }

  /** Token buckets, kept in memory: each replica counts its own requests. */
  interface RateLimits {

    /** Off only for benchmarks that measure the proxy alone. */
    @WithDefault("true")
    boolean enabled();

    /** Per person ({@code sub} of the token). */
    Bucket perUser();

    /** Buckets not used for this long are forgotten. */
    @WithDefault("10m")
    Duration forgetAfter();
  }

  /** A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. */
  interface Bucket {

    @WithDefault("20")
    double perSecond();

    @WithDefault("40")
    int burst();
  }

  /** Partner clinics (OAuth2 client credentials, realm role {@code partner}). */
  interface Partners {

    /**
     * What partner tokens may reach, as {@code METHOD /api/path} with {@code *} for one path
     * segment; anything else is 403 at the edge.
     */
    List<String> allowedRoutes();

    /** Limits of partners not listed in {@link #clients()}. */
    Bucket defaults();

    /** Per partner, keyed by its OAuth client id ({@code azp}), its own limits. */
    Map<String, Bucket> clients();
  }
}
