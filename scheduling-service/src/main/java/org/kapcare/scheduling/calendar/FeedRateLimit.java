package org.kapcare.scheduling.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How often the public feed route answers (it needs no token, so it is guessable by volume): per
 * feed URL and per remote address, in fixed windows, in this replica's memory.
 */
@ConfigMapping(prefix = "kap.scheduling.calendar-feed.rate-limit")
public interface FeedRateLimit {

  /** The window both limits count in. */
  @WithDefault("10m")
  Duration window();

  /** Requests one feed URL answers per window, whoever asks (calendar apps poll every 15 min+). */
  @WithDefault("20")
  int perFeed();

  /** Requests one remote address may make per window, over all feed URLs, known or not. */
  @WithDefault("300")
  int perAddress();

  /**
   * Addresses of proxies (e.g. the gateway) whose {@code X-Forwarded-For} names the caller; from
   * anyone else the header is ignored and the connection's address counts.
   */
  Optional<List<String>> trustedProxies();
}
