package org.kapcare.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Builds the structured-mode CloudEvents 1.0 JSON of an outbox row. */
final class CloudEvent {

  /** Marks the record as a structured-mode CloudEvent (CloudEvents Kafka protocol binding). */
  static final Header CONTENT_TYPE_HEADER =
      new RecordHeader(
          "content-type",
          "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));

  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudEvent() {}

  static String structured(OutboxRow row, String source) {
    try {
      ObjectNode event = JSON.createObjectNode();
      event.put("specversion", "1.0");
      event.put("id", row.id().toString());
      event.put("type", row.type());
      event.put("source", source);
      event.put("subject", row.aggregateId());
      event.put("time", row.occurredAt().toString());
      event.put("datacontenttype", "application/json");
      if (row.correlationId() != null) {
        event.put("correlationid", row.correlationId());
      }
      event.set("data", JSON.readTree(row.payload()));
      return JSON.writeValueAsString(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
