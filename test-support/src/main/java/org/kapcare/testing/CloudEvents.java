package org.kapcare.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Structured-mode CloudEvents as the services' outbox relays write them, for consumer tests. */
public final class CloudEvents {

  private CloudEvents() {}

  /** Writes a CloudEvent with this id to the real topic, keyed by its subject. */
  public static String publish(String topic, String id, String type, String subject, Object data) {
    TopicReader.write(topic, subject, of(id, type, subject, data));
    return id;
  }

  public static String of(String id, String type, String subject, Object data) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("specversion", "1.0");
    event.put("id", id);
    event.put("type", type);
    event.put("source", "/kapcare/tests");
    event.put("subject", subject);
    event.put("time", Instant.now().toString());
    event.put("datacontenttype", "application/json");
    event.put("data", data);
    return TopicReader.toJson(event);
  }
}
