package org.kapcare.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jboss.logging.Logger;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * The idempotent consumer. Each event's effect runs in one transaction that first inserts {@code
 * (consumer, event id)} into {@code processed_event}; when the row already exists the event was
 * handled before and the effect is skipped. Transient failures are retried a few times; a poison
 * event, or one that keeps failing, is rethrown so the channel's dead-letter strategy parks it.
 */
@ApplicationScoped
public class EventInbox {

  private static final Logger LOG = Logger.getLogger(EventInbox.class);
  private static final long[] RETRY_DELAYS_MS = {200, 1_000, 3_000};

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final MeterRegistry registry;

  EventInbox(EntityManager em, ObjectMapper mapper, MeterRegistry registry) {
    this.em = em;
    // Consumers ignore fields they do not know (architecture.md, Events).
    this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.registry = registry;
  }

  /**
   * Handles one Kafka record value for {@code consumer}: parses the CloudEvent and applies its
   * route exactly once per event id. Types without a route are skipped.
   */
  public void receive(String consumer, String value, EventRoutes routes) {
    InboundEvent event = parse(value);
    if (!routes.handles(event.type())) {
      return;
    }
    CorrelationId.adoptOrCreate(event.correlationId());
    try {
      for (int attempt = 0; ; attempt++) {
        try {
          boolean applied =
              QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, routes));
          registry
              .counter(
                  "kap.inbox.events",
                  "consumer",
                  consumer,
                  "outcome",
                  applied ? "applied" : "duplicate")
              .increment();
          return;
        } catch (RuntimeException e) {
          if (isPoison(e) || attempt >= RETRY_DELAYS_MS.length) {
            registry
                .counter("kap.inbox.events", "consumer", consumer, "outcome", "failed")
                .increment();
            LOG.errorf(
                "%s could not process event %s (%s): %s",
                consumer, event.id(), event.type(), e.getClass().getSimpleName());
            throw e;
          }
          LOG.warnf(
              "%s retrying event %s after %s", consumer, event.id(), e.getClass().getSimpleName());
          pause(RETRY_DELAYS_MS[attempt]);
        }
      }
    } finally {
      CorrelationId.clear();
    }
  }

  private boolean applyOnce(String consumer, InboundEvent event, EventRoutes routes) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, consumer)
            .setParameter(2, event.id())
            .setParameter(3, event.type())
            .executeUpdate();
    if (inserted == 0) {
      return false;
    }
    routes.apply(event);
    return true;
  }

  private InboundEvent parse(String value) {
    if (value == null || value.isBlank()) {
      throw new PoisonEventException("empty record");
    }
    JsonNode node;
    try {
      node = mapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new PoisonEventException("record is not JSON", e);
    }
    String id = text(node, "id");
    String type = text(node, "type");
    if (id == null || type == null || !node.hasNonNull("data")) {
      throw new PoisonEventException("record is not a CloudEvent with id, type and data");
    }
    return new InboundEvent(
        id,
        type,
        text(node, "source"),
        text(node, "subject"),
        time(node),
        text(node, "correlationid"),
        node.get("data"),
        mapper);
  }

  private static Instant time(JsonNode node) {
    String time = text(node, "time");
    try {
      return time == null ? null : Instant.parse(time);
    } catch (DateTimeParseException e) {
      throw new PoisonEventException("event time is not an RFC 3339 instant", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static boolean isPoison(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PoisonEventException
          || t instanceof jakarta.validation.ConstraintViolationException
          || t instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying an event", e);
    }
  }
}
