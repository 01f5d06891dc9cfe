package org.kapcare.contracts;

/** Kafka topics: one per producing service, every record keyed by the client id. */
public final class Topics {
  public static final String SCHEDULING_EVENTS = "scheduling.events";
  public static final String CLINICAL_EVENTS = "clinical.events";
  public static final String NOTIFICATION_EVENTS = "notification.events";

  private Topics() {}
}
