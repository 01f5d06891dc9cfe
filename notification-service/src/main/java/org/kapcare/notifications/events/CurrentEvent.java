package org.kapcare.notifications.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The id of the CloudEvent being consumed on this thread. The shared inbox hands effects only the
 * event's data, but deliveries are unique per (event id, recipient, channel, kind).
 */
final class CurrentEvent {

  private static final ThreadLocal<String> ID = new ThreadLocal<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private CurrentEvent() {}

  /** Remembers the id of {@code record} (when it has one) while {@code work} runs. */
  static void during(String record, Runnable work) {
    ID.set(idOf(record));
    try {
      work.run();
    } finally {
      ID.remove();
    }
  }

  static String id() {
    String id = ID.get();
    if (id == null) {
      throw new IllegalStateException("no event is being consumed on this thread");
    }
    return id;
  }

  private static String idOf(String record) {
    try {
      JsonNode node = record == null ? null : JSON.readTree(record);
      return node == null || !node.path("id").isTextual() ? null : node.path("id").asText();
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
