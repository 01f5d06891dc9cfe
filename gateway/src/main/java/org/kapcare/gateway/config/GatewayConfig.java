package org.kapcare.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where the gateway sends each part of the API. */
@ConfigMapping(prefix = "kap.gateway")
public interface GatewayConfig {

  /** One route per service: {@code /api/<name>/**} is forwarded to {@code target}. */
  Map<String, Route> routes();

  /** A backend service. */
  interface Route {

    /** The service's base URL, e.g. {@code http://127.0.0.1:8081}. */
    URI target();

    /** How long to wait for a connection to the service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long a response may stay silent before the gateway gives up (504). Server-sent event
     * streams send heartbeats more often than this.
     */
    @WithDefault("30s")
    Duration idleTimeout();
  }
}
