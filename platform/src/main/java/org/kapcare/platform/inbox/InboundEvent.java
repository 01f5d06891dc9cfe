package org.kapcare.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** A CloudEvent received from Kafka: its envelope attributes and its data, read on demand. */
public final class InboundEvent {

  private final String id;
  private final String type;
  private final String source;
  private final String subject;
  private final Instant time;
  private final String correlationId;
  private final JsonNode data;
  private final ObjectMapper mapper;

  InboundEvent(
      String id,
      String type,
      String source,
      String subject,
      Instant time,
      String correlationId,
      JsonNode data,
      ObjectMapper mapper) {
    this.id = id;
    this.type = type;
    this.source = source;
    this.subject = subject;
    this.time = time;
    this.correlationId = correlationId;
    this.data = data;
    this.mapper = mapper;
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String source() {
    return source;
  }

  public String subject() {
    return subject;
  }

  public Instant time() {
    return time;
  }

  public String correlationId() {
    return correlationId;
  }

  /**
   * The event's data as a contract record. Fields the record does not know are ignored; a payload
   * that does not fit is a poison event.
   */
  public <T> T data(Class<T> type) {
    try {
      return mapper.treeToValue(data, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new PoisonEventException(
          "data of event " + id + " does not fit " + type.getSimpleName(), e);
    }
  }
}
