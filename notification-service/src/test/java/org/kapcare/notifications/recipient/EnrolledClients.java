package org.kapcare.notifications.recipient;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;

/** Puts ClientEnrolled events on the real topic, as clinical-record-service would. */
public final class EnrolledClients {

  private EnrolledClients() {}

  public static ClientEnrolled enrolled(String clientId) {
    return new ClientEnrolled(
        clientId,
        "Sam",
        "sam-" + clientId + "@test.kapcare.org",
        "+15035550199",
        true,
        "America/New_York",
        "en",
        Instant.now());
  }

  /** Publishes the event with this id and returns it. */
  public static String publish(String eventId, ClientEnrolled event) {
    return CloudEvents.publish(
        Topics.CLINICAL_EVENTS, eventId, ClientEnrolled.TYPE, event.clientId(), event);
  }

  /** Publishes a new client's enrollment and waits until the recipient exists. */
  public static String enrollAndAwait() {
    String clientId = UUID.randomUUID().toString();
    publish(UUID.randomUUID().toString(), enrolled(clientId));
    awaitRecipient(clientId);
    return clientId;
  }

  public static void awaitRecipient(String id) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                given()
                        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                        .get("/recipients/" + id)
                        .statusCode()
                    == 200);
  }
}
