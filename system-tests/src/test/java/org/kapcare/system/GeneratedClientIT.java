package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.client.ApiException;
import org.kapcare.client.model.AppointmentStatus;
import org.kapcare.client.model.AppointmentView;
import org.kapcare.client.sample.BookAndReadAppointment;
import org.kapcare.testing.DemoUser;

/**
 * The Java client generated from the committed document (api-contract) works against the running
 * platform: its sample program books a slot through the gateway and reads the appointment back, and
 * a refusal reaches it as the documented problem.
 */
class GeneratedClientIT {

  private static final URI GATEWAY = URI.create("http://localhost:8080");

  @Test
  void theSampleProgramBooksAndReadsAnAppointmentThroughTheGateway() throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    UUID therapist = Keycloak.newStaff("gtess-" + run, "Tess", "Generated", "therapist");
    UUID location =
        JourneyIT.id(
            JourneyIT.cora()
                .body(
                    Map.of("name", "Generated client clinic " + run, "timeZone", "America/Denver"))
                .post("/api/scheduling/locations"));
    JourneyIT.provider(location, therapist, "Tess Generated", "THERAPIST");
    UUID client = ReliabilityIT.enrollWithTeam(therapist);
    Propagation.await(
        "CareTeamAssigned → scheduling",
        Duration.ofSeconds(60),
        () ->
            therapist
                .toString()
                .equals(
                    JourneyIT.cora()
                        .get("/api/scheduling/clients/{c}", client)
                        .path("therapistId")));

    OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);
    AppointmentView appointment =
        new BookAndReadAppointment(GATEWAY, Keycloak.token(DemoUser.CORA_COORDINATOR.username()))
            .bookFirstFreeSlot(client, location, "preparation", from);

    assertEquals(AppointmentStatus.BOOKED, appointment.getStatus());
    assertEquals(client, appointment.getClientId());
    assertEquals(location, appointment.getLocationId());
    assertEquals("America/Denver", appointment.getTimeZone());
    assertTrue(appointment.getProviderIds().contains(therapist));
    assertTrue(!appointment.getStartsAt().isBefore(from));
  }

  @Test
  void aRefusalReachesTheGeneratedClientAsAProblem() {
    BookAndReadAppointment sample =
        new BookAndReadAppointment(GATEWAY, Keycloak.token(DemoUser.CORA_COORDINATOR.username()));
    ApiException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class,
            () ->
                sample.bookFirstFreeSlot(
                    UUID.randomUUID(), UUID.randomUUID(), "preparation", OffsetDateTime.now()));
    assertEquals(404, refused.getCode());
    assertEquals(
        "application/problem+json",
        refused.getResponseHeaders().firstValue("Content-Type").orElse("").split(";")[0]);
  }
}
