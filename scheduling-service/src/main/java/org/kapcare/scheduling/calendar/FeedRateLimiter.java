package org.kapcare.scheduling.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters for the public feed route, per feed and per remote address. In memory: with
 * N replicas a caller gets up to N times the limit (the gateway limits in front, too).
 */
@ApplicationScoped
public class FeedRateLimiter {

  private static final int FORGET_ABOVE = 10_000;

  private final FeedRateLimit limit;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  FeedRateLimiter(FeedRateLimit limit) {
    this.limit = limit;
  }

  /**
   * Counts one request from {@code address} for {@code token}: 0 when allowed, otherwise the whole
   * seconds until it would be (at least 1), for {@code Retry-After}. A refused address is not
   * counted against the feed, so a flood from one place does not lock the owner out.
   */
  public long take(String address, String token) {
    long now = System.nanoTime();
    forgetExpired(now);
    long wait = take("address:" + address, limit.perAddress(), now);
    return wait != 0 ? wait : take("feed:" + token, limit.perFeed(), now);
  }

  /** Forgets every window (tests). */
  public void reset() {
    windows.clear();
  }

  private long take(String key, int max, long now) {
    long length = limit.window().toNanos();
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || now - old.start() >= length
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    if (w.count() <= max) {
      return 0;
    }
    long left = length - (now - w.start());
    return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }

  private void forgetExpired(long now) {
    if (windows.size() > FORGET_ABOVE) {
      long length = limit.window().toNanos();
      windows.values().removeIf(w -> now - w.start() >= length);
    }
  }

  private record Window(long start, int count) {}
}
