package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.PreparationCompleted;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.scheduling.Identities;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/**
 * A fresh clinic per test, set up through the API as an admin would: a site in Los Angeles, a
 * dosing room, a therapist, a nurse and a prescriber working 06:00–22:00 every day, the prescriber
 * on duty for 90 days, and a client whose eligibility is approved and whose preparation in the
 * current course is done.
 */
final class Clinic {

  static final String ZONE = "America/Los_Angeles";

  final UUID location;
  final UUID room;
  final UUID therapist;
  final UUID therapist2 = Identities.person("therapist");
  final UUID nurse = Identities.person("nurse");
  final UUID prescriber = Identities.person("prescriber");
  final UUID client = UUID.randomUUID();
  final UUID plan = UUID.randomUUID();

  private final ClientProjection clients;

  Clinic(ClientProjection clients, Instant dutyFrom) {
    this(clients, dutyFrom, Identities.person("therapist"));
  }

  /** A clinic whose client's therapist is {@code therapist} (e.g. a demo user's id). */
  Clinic(ClientProjection clients, Instant dutyFrom, UUID therapist) {
    this.clients = clients;
    this.therapist = therapist;
    location =
        UUID.fromString(
            admin()
                .body(Map.of("name", "Clinic " + UUID.randomUUID(), "timeZone", ZONE))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    room = newRoom(List.of("recliner", "vitals-monitor", "music-system", "iv-pump"));
    provider(therapist, "THERAPIST");
    provider(therapist2, "THERAPIST");
    provider(nurse, "NURSE");
    provider(prescriber, "PRESCRIBER");
    admin()
        .body(
            Map.of(
                "locationId",
                location,
                "prescriberId",
                prescriber,
                "starts",
                dutyFrom.toString(),
                "ends",
                dutyFrom.plus(90, ChronoUnit.DAYS).toString()))
        .post("/duty-shifts")
        .then()
        .statusCode(201);
    enroll(client, true, true);
  }

  UUID newRoom(List<String> equipment) {
    return UUID.fromString(
        admin()
            .body(Map.of("name", "Room " + UUID.randomUUID(), "equipment", equipment))
            .post("/locations/" + location + "/rooms")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /**
   * Another site, named {@code name}, where the therapist works the same hours; with a room
   * equipped for every dosing route when {@code dosingRoom}, with no room otherwise.
   */
  UUID otherSiteOfTheTherapist(String name, boolean dosingRoom) {
    UUID site =
        UUID.fromString(
            admin()
                .body(Map.of("name", name, "timeZone", ZONE))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    if (dosingRoom) {
      admin()
          .body(
              Map.of(
                  "name",
                  "Room " + UUID.randomUUID(),
                  "equipment",
                  List.of("recliner", "vitals-monitor", "music-system", "iv-pump")))
          .post("/locations/" + site + "/rooms")
          .then()
          .statusCode(201);
    }
    workingHours(therapist, site);
    return site;
  }

  /** A client of this clinic with the therapist on the care team. */
  void enroll(UUID id, boolean eligible, boolean prepared) {
    Instant now = Instant.now();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              clients.enrolled(
                  new ClientEnrolled(
                      id.toString(), "Test", "t@test", null, false, ZONE, "en", now));
              clients.careTeamAssigned(
                  new CareTeamAssigned(
                      id.toString(),
                      therapist.toString(),
                      prescriber.toString(),
                      therapist.toString(),
                      List.of(),
                      null,
                      now));
              clients.treatmentPlanApproved(
                  new TreatmentPlanApproved(
                      id.toString(),
                      plan.toString(),
                      Route.SUBLINGUAL,
                      6,
                      3,
                      prescriber.toString(),
                      now));
              if (eligible) {
                approve(id, now.plus(730, ChronoUnit.DAYS));
              }
              if (prepared) {
                clients.preparationCompleted(
                    new PreparationCompleted(
                        id.toString(),
                        UUID.randomUUID().toString(),
                        plan.toString(),
                        therapist.toString(),
                        now));
              }
            });
  }

  void approve(UUID id, Instant expiresAt) {
    QuarkusTransaction.joiningExisting()
        .run(
            () ->
                clients.eligibilityDecided(
                    new EligibilityDecided(
                        id.toString(),
                        UUID.randomUUID().toString(),
                        EligibilityDecided.Decision.APPROVED,
                        expiresAt,
                        prescriber.toString(),
                        Instant.now())));
  }

  Map<String, Object> dosing(Instant startsAt) {
    return booking("dosing-sublingual", client, startsAt, List.of(therapist), room, null);
  }

  Map<String, Object> booking(
      String type,
      UUID clientId,
      Instant startsAt,
      List<UUID> providers,
      UUID roomId,
      UUID follows) {
    Map<String, Object> body = new HashMap<>();
    body.put("typeCode", type);
    body.put("clientId", clientId);
    body.put("locationId", location);
    body.put("startsAt", startsAt.toString());
    body.put("providerIds", new ArrayList<>(providers));
    if (roomId != null) {
      body.put("roomId", roomId);
    }
    if (follows != null) {
      body.put("followsAppointmentId", follows);
    }
    return body;
  }

  static Response book(DemoUser as, Map<String, Object> body) {
    return given()
        .header("Authorization", as.bearer())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/appointments");
  }

  private void provider(UUID id, String role) {
    admin()
        .body(
            Map.of(
                "personId",
                id,
                "displayName",
                role.toLowerCase() + " " + id,
                "roles",
                List.of(role),
                "timeZone",
                ZONE))
        .post("/providers")
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(409)));
    workingHours(id, location);
  }

  private static void workingHours(UUID provider, UUID site) {
    List<Map<String, String>> weekly = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.add(Map.of("day", day.name(), "starts", "06:00", "ends", "22:00"));
    }
    admin()
        .body(Map.of("locationId", site, "weekly", weekly))
        .put("/providers/" + provider + "/working-hours")
        .then()
        .statusCode(200);
  }

  private static io.restassured.specification.RequestSpecification admin() {
    return given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON);
  }
}
