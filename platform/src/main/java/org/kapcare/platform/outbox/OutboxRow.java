package org.kapcare.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One unpublished outbox row, as the relay reads it. */
record OutboxRow(
    UUID id,
    String aggregateType,
    String aggregateId,
    String type,
    String payload,
    Instant occurredAt,
    String correlationId) {

  static OutboxRow of(Object[] row) {
    return new OutboxRow(
        (UUID) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        instant(row[5]),
        (String) row[6]);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
