package org.kapcare.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first: at once when a transaction that wrote to
 * the outbox commits ({@link #nudge()}), and on a poll as a safety net (rows of other replicas,
 * retries after an outage).
 *
 * <p>Only one replica relays at a time (a transaction-scoped advisory lock), so the order per
 * aggregate is the commit order even with several replicas; rows are additionally claimed with
 * {@code FOR UPDATE SKIP LOCKED}. A batch is marked published only after the broker acknowledged
 * every record of it; otherwise the transaction rolls back and the batch is retried with
 * exponential backoff. Delivery is at least once: consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

  private final EntityManager em;
  private final OutboxConfig config;
  private final OutboxProducer producer;
  private final Counter published;
  private final Counter failedAttempts;

  private final ReentrantLock running = new ReentrantLock();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicBoolean nudgeQueued = new AtomicBoolean();
  private final ExecutorService nudges =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean stopping;
  private int consecutiveFailures;
  private Instant nextAttempt = Instant.MIN;

  OutboxRelay(
      EntityManager em, OutboxConfig config, OutboxProducer producer, MeterRegistry registry) {
    this.em = em;
    this.config = config;
    this.producer = producer;
    this.published = registry.counter("kap.outbox.published");
    this.failedAttempts = registry.counter("kap.outbox.publish.failures");
  }

  /**
   * A transaction that wrote to the outbox committed: publish now, on the relay's thread. Nudges
   * that arrive while one is queued coalesce into it.
   */
  void nudge() {
    if (!stopping && nudgeQueued.compareAndSet(false, true)) {
      nudges.execute(
          () -> {
            nudgeQueued.set(false);
            relay();
          });
    }
  }

  @Scheduled(
      identity = "outbox-relay",
      every = "${kap.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    relay();
  }

  /**
   * Runs the relay unless it is running already; a request that arrives meanwhile makes the running
   * relay go round once more, so no committed row waits for the next poll.
   */
  void relay() {
    pending.set(true);
    while (!stopping && pending.get() && running.tryLock()) {
      try {
        pending.set(false);
        publishAll();
      } finally {
        running.unlock();
      }
    }
  }

  private void publishAll() {
    if (Instant.now().isBefore(nextAttempt)) {
      return;
    }
    try {
      int sent;
      do {
        sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
      } while (sent == config.batchSize());
      consecutiveFailures = 0;
    } catch (RuntimeException e) {
      failedAttempts.increment();
      consecutiveFailures++;
      Duration backoff = backoff(consecutiveFailures);
      nextAttempt = Instant.now().plus(backoff);
      LOG.warnf(
          "outbox relay could not publish (attempt %d, next in %d ms): %s",
          consecutiveFailures, backoff.toMillis(), e.getClass().getSimpleName());
    }
  }

  /** Publishes up to one batch and returns how many events went out. */
  int publishBatch() {
    Object locked =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('kap-outbox-relay'))")
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, aggregatetype, aggregateid, type, CAST(payload AS text), occurred_at,"
                    + " correlation_id FROM outbox_event WHERE published_at IS NULL"
                    + " ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, config.batchSize())
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<UUID> ids = new ArrayList<>(rows.size());
    List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      OutboxRow event = OutboxRow.of(row);
      ids.add(event.id());
      acks.add(producer.send(record(event)));
    }
    awaitAll(acks);
    em.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY(?1)")
        .setParameter(1, ids.toArray(UUID[]::new))
        .executeUpdate();
    published.increment(ids.size());
    return ids.size();
  }

  @PreDestroy
  void stop() {
    stopping = true;
    nudges.shutdownNow();
  }

  /** Deletes published rows past the retention period. */
  @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m")
  void purgePublished() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "DELETE FROM outbox_event WHERE published_at < ?1 AND published_at IS NOT"
                            + " NULL")
                    .setParameter(1, OffsetDateTime.now().minus(config.retention()))
                    .executeUpdate());
  }

  private ProducerRecord<String, String> record(OutboxRow event) {
    String topic = event.aggregateType() + ".events";
    return new ProducerRecord<>(
        topic,
        null,
        event.aggregateId(),
        CloudEvent.structured(event, config.source()),
        List.of(CloudEvent.CONTENT_TYPE_HEADER));
  }

  private void awaitAll(List<Future<RecordMetadata>> acks) {
    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
    try {
      for (Future<RecordMetadata> ack : acks) {
        ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutboxPublishException(e);
    } catch (Exception e) {
      throw new OutboxPublishException(e);
    }
  }

  private Duration backoff(int failures) {
    long millis = FIRST_BACKOFF.toMillis() << Math.min(failures - 1, 10);
    return Duration.ofMillis(Math.min(millis, config.maxBackoff().toMillis()));
  }
}
