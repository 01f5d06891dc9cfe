package org.kapcare.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service publishes its outbox. */
@ConfigMapping(prefix = "kap.outbox")
public interface OutboxConfig {

  /**
   * The stream this service writes ({@code aggregatetype}); events go to the topic {@code
   * <aggregate-type>.events}, as Debezium's outbox router would route them.
   */
  String aggregateType();

  /** The CloudEvents {@code source} of every event this service publishes. */
  String source();

  /** How many events one relay transaction publishes at most. */
  @WithDefault("200")
  int batchSize();

  /** The longest pause between two attempts while the broker is unreachable. */
  @WithDefault("10s")
  Duration maxBackoff();

  /** How long one publish may wait for the broker before the batch is retried. */
  @WithDefault("10s")
  Duration sendTimeout();

  /** Published rows are kept this long (for support and replay), then deleted. */
  @WithDefault("P7D")
  Duration retention();
}
