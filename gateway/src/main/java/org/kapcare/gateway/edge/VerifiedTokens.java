package org.kapcare.gateway.edge;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.kapcare.gateway.config.GatewayConfig;

/**
 * Bearer tokens the edge has verified, each with the identity it stands for, remembered until the
 * token expires (at most the configured max age). A request that brings a remembered token skips
 * decoding it, checking its signature and building its identity again — more than half of the
 * gateway's CPU per proxied request (docs/performance.md). Only identities Quarkus OIDC built from
 * a verified token are remembered ({@link RememberVerifiedToken}); they are handed out by {@link
 * RememberedTokenAuthentication}; any other token goes to Quarkus OIDC as before, and the services
 * behind the gateway verify every token themselves.
 */
@ApplicationScoped
public class VerifiedTokens {

  private record Verified(SecurityIdentity identity, List<String> requestKeys, long until) {}

  private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final GatewayConfig.TokenCache config;

  VerifiedTokens(GatewayConfig config, MeterRegistry metrics) {
    this.config = config.edge().tokenCache();
    FunctionCounter.builder("kap.gateway.edge.verified.token.hits", hits, LongAdder::sum)
        .description("Requests whose bearer token the edge had verified already")
        .register(metrics);
    Gauge.builder("kap.gateway.edge.verified.tokens", tokens, Map::size)
        .description("Verified tokens remembered at the edge")
        .register(metrics);
  }

  /**
   * The identity a remembered, unexpired token stands for, bound to this request; null when the
   * token must be verified.
   */
  SecurityIdentity identityFor(String token, RoutingContext request) {
    Verified verified = tokens.get(token);
    if (verified == null) {
      return null;
    }
    if (verified.until() <= System.currentTimeMillis()) {
      tokens.remove(token, verified);
      return null;
    }
    hits.increment();
    if (verified.requestKeys().isEmpty()) {
      return verified.identity();
    }
    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity());
    verified.requestKeys().forEach(key -> identity.addAttribute(key, request));
    return identity.build();
  }

  /** Remembers what a verified token stands for, without the request it came with. */
  void remember(String token, SecurityIdentity identity, Instant expiresAt) {
    long now = System.currentTimeMillis();
    long until = Math.min(expiresAt.toEpochMilli(), now + config.maxAge().toMillis());
    if (!config.enabled() || until <= now) {
      return;
    }
    if (tokens.size() >= config.maxEntries()) {
      tokens.values().removeIf(v -> v.until() <= now);
      if (tokens.size() >= config.maxEntries()) {
        tokens.clear();
      }
    }
    Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
    List<String> requestKeys =
        attributes.entrySet().stream()
            .filter(a -> a.getValue() instanceof RoutingContext)
            .map(Map.Entry::getKey)
            .toList();
    requestKeys.forEach(attributes::remove);
    SecurityIdentity kept =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addRoles(identity.getRoles())
            .addCredentials(identity.getCredentials())
            .addPermissions(identity.getPermissions())
            .addAttributes(attributes)
            .setAnonymous(false)
            .build();
    tokens.put(token, new Verified(kept, requestKeys, until));
  }

  long hits() {
    return hits.sum();
  }

  boolean remembers(String token) {
    Verified verified = tokens.get(token);
    return verified != null && verified.until() > System.currentTimeMillis();
  }

  /** Forgets every token (tests; an operator could expose it after rotating the realm's keys). */
  void forgetAll() {
    tokens.clear();
  }
}
