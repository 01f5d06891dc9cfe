package org.kapcare.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/**
 * ClientEnrolled from clinical-record-service's outbox to notification-service's recipients, with
 * the packaged services, the real broker and real tokens, only through the gateway.
 */
class ClientEnrolledDeliveryIT {

  @org.junit.jupiter.api.BeforeAll
  static void consumersCaughtUp() {
    Platform.awaitConsumersCaughtUp(Duration.ofMinutes(5));
  }

  @Test
  void committedEnrollmentReachesTheConsumerExactlyOnce() throws Exception {
    String clientId = UUID.randomUUID().toString();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      enroll(clientId);
      awaitRecipient(clientId, Duration.ofSeconds(30));
      assertEquals(
          1,
          topic
              .await(TopicReader.event(clientId, ClientEnrolled.TYPE), 2, Duration.ofSeconds(2))
              .size());
    }
    assertAppliedOnce(clientId);
  }

  @Test
  void brokerOutageDelaysTheEventButLosesNothing() throws Exception {
    String clientId = UUID.randomUUID().toString();
    Platform.script("kafka.sh", "stop");
    try {
      assertFalse(brokerAnswers(), "the broker must be down for this test (started by ./kap test)");
      enroll(clientId); // the business write does not need Kafka
      Platform.as(DemoUser.CORA_COORDINATOR)
          .get("/api/notifications/recipients/" + clientId)
          .then()
          .statusCode(404);
    } finally {
      Platform.script("kafka.sh", "start");
    }
    awaitRecipient(clientId, Duration.ofSeconds(90));
    assertAppliedOnce(clientId);
  }

  private static void enroll(String clientId) {
    Platform.as(DemoUser.CORA_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "personId", clientId,
                "givenName", "Alex",
                "familyName", "System",
                "dateOfBirth", "1979-10-01",
                "email", "alex-" + clientId + "@test.kapcare.org",
                "timeZone", "America/Chicago",
                "referralSource", "PARTNER_CLINIC",
                "smsOptIn", false))
        .post("/api/records/clients")
        .then()
        .statusCode(201);
  }

  private static void awaitRecipient(String clientId, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .untilAsserted(
            () ->
                Platform.as(DemoUser.CORA_COORDINATOR)
                    .get("/api/notifications/recipients/" + clientId)
                    .then()
                    .statusCode(200)
                    .body("timeZone", equalTo("America/Chicago")));
  }

  /**
   * The enrollment left exactly one event in clinical's outbox, published; notification processed
   * that event once and wrote the recipient once.
   */
  private static void assertAppliedOnce(String clientId) throws SQLException {
    String eventId;
    try (Connection clinical = Platform.database("clinical");
        PreparedStatement outbox =
            clinical.prepareStatement(
                "SELECT CAST(id AS text), published_at IS NOT NULL FROM outbox_event"
                    + " WHERE aggregateid = ? AND type = ?")) {
      outbox.setString(1, clientId);
      outbox.setString(2, ClientEnrolled.TYPE);
      try (ResultSet rs = outbox.executeQuery()) {
        assertTrue(rs.next(), "the enrollment wrote its event to the outbox");
        eventId = rs.getString(1);
        assertTrue(rs.getBoolean(2), "the relay marked it published");
        assertFalse(rs.next(), "one event per enrollment");
      }
    }
    try (Connection notification = Platform.database("notification");
        PreparedStatement processed =
            notification.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE event_id = ? AND consumer ="
                    + " 'notification-service.clinical-events'");
        PreparedStatement version =
            notification.prepareStatement(
                "SELECT version FROM recipient WHERE id = CAST(? AS uuid)")) {
      processed.setString(1, eventId);
      try (ResultSet rs = processed.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getLong(1), "processed exactly once");
      }
      version.setString(1, clientId);
      try (ResultSet rs = version.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "the recipient was written once, never re-applied");
      }
    }
  }

  private static boolean brokerAnswers() {
    try (Socket ignored = new Socket("127.0.0.1", 9092)) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
