package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.scheduling.IntegrationUnscheduled;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Integration is never forgotten: DosingSessionCompleted on the real topic books it. */
@QuarkusTest
class IntegrationBookingTest {

  /** Monday 5 July 2027, 09:00 in Los Angeles (PDT). */
  private static final Instant MONDAY_9AM = Instant.parse("2027-07-05T16:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void dosingSessionCompletedBooksIntegrationWithTheTherapistInsideTheWindow() {
    Clinic clinic = new Clinic(clients, MONDAY_9AM.minus(10, ChronoUnit.DAYS));
    String dosing = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(MONDAY_9AM)).path("id");
    completed(clinic, dosing);

    Appointment integration = awaitIntegration(UUID.fromString(dosing));
    Instant dosingEnd = MONDAY_9AM.plus(2, ChronoUnit.HOURS);
    assertEquals("integration", integration.typeCode);
    assertEquals(dosingEnd.plus(24, ChronoUnit.HOURS), integration.startsAt, "first free slot");
    assertTrue(integration.providerIds.contains(clinic.therapist));
    assertEquals(IntegrationBooking.SCHEDULER, integration.bookedBy);
  }

  @Test
  void integrationKeepsToTheClientsPreferredTimes() {
    Clinic clinic = new Clinic(clients, MONDAY_9AM.minus(10, ChronoUnit.DAYS));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("preferredStart", "14:00", "preferredEnd", "18:00"))
        .put("/clients/" + clinic.client + "/preferred-times")
        .then()
        .statusCode(200)
        .body("preferredStart", org.hamcrest.Matchers.equalTo("14:00:00"));
    String dosing = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(MONDAY_9AM)).path("id");
    completed(clinic, dosing);
    // The window opens Tuesday 11:00 (PDT); the first preferred time is 14:00, 21:00Z.
    assertEquals(
        Instant.parse("2027-07-06T21:00:00Z"), awaitIntegration(UUID.fromString(dosing)).startsAt);
  }

  @Test
  void noFreeSlotInTheWindowAlertsCoordinators() {
    Clinic clinic = new Clinic(clients, MONDAY_9AM.minus(10, ChronoUnit.DAYS));
    String dosing = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(MONDAY_9AM)).path("id");
    // The therapist now works Mondays only: nothing free from Tuesday 11:00 to Thursday 11:00.
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "locationId",
                clinic.location,
                "weekly",
                List.of(Map.of("day", "MONDAY", "starts", "06:00", "ends", "22:00"))))
        .put("/providers/" + clinic.therapist + "/working-hours")
        .then()
        .statusCode(200);
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      completed(clinic, dosing);
      var alerts =
          topic.await(
              TopicReader.event(clinic.client.toString(), IntegrationUnscheduled.TYPE),
              1,
              Duration.ofSeconds(30));
      assertEquals(1, alerts.size());
    }
    assertFalse(
        QuarkusTransaction.requiringNew()
            .call(() -> Appointment.count("followsId", UUID.fromString(dosing)) > 0));
  }

  private static void completed(Clinic clinic, String dosingAppointment) {
    CloudEvents.publish(
        Topics.CLINICAL_EVENTS,
        UUID.randomUUID().toString(),
        DosingSessionCompleted.TYPE,
        clinic.client.toString(),
        new DosingSessionCompleted(
            clinic.client.toString(),
            UUID.randomUUID().toString(),
            dosingAppointment,
            clinic.plan.toString(),
            Route.SUBLINGUAL,
            new BigDecimal("200"),
            120,
            0,
            false,
            Instant.now()));
  }

  private static Appointment awaitIntegration(UUID dosing) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> Appointment.<Appointment>find("followsId", dosing).firstResult()),
            a -> a != null);
  }
}
