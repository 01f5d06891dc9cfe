package org.kapcare.notifications.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.UUID;
import org.kapcare.notifications.delivery.Delivery;

/** Reads delivery rows in their own transaction. */
public final class Deliveries {

  private Deliveries() {}

  public static List<Delivery> to(String recipientId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Delivery.<Delivery>list(
                    "recipientId = ?1 order by createdAt", UUID.fromString(recipientId)));
  }

  public static List<Delivery> causedBy(String sourceEventIdPrefix) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Delivery.<Delivery>list(
                    "sourceEventId like ?1 order by createdAt", sourceEventIdPrefix + "%"));
  }
}
