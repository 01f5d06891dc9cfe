package org.kapcare.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kapcare.gateway.config.GatewayConfig;

/**
 * One token bucket per caller, in this replica's memory: with N replicas behind a load balancer a
 * caller gets up to N times the limit (see docs/security.md).
 */
@ApplicationScoped
public class RateLimiter {

  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /**
   * Takes one request from the caller's bucket: 0 when allowed, otherwise the whole seconds to wait
   * (at least 1), for {@code Retry-After}.
   */
  public long take(String caller, GatewayConfig.Bucket limit) {
    long now = System.nanoTime();
    long waitNanos =
        buckets
            .computeIfAbsent(caller, k -> new TokenBucket(limit.perSecond(), limit.burst(), now))
            .take(now);
    return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }

  /** Forgets buckets unused since {@code cutoff} (a {@link System#nanoTime()}); they are full. */
  void forgetIdle(long cutoff) {
    buckets.values().removeIf(bucket -> bucket.idleSince(cutoff));
  }

  /** Forgets every bucket (tests). */
  public void reset() {
    buckets.clear();
  }
}
