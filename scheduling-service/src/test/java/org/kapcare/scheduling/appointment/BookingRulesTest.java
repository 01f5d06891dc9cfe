package org.kapcare.scheduling.appointment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** Each KAP booking rule, named after the rule, with its boundary cases. */
@QuarkusTest
class BookingRulesTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String RULES = "https://kapcare.org/problems/";

  /** Monday 1 March 2027, 09:00 in Los Angeles (PST). */
  private static final Instant MONDAY_9AM = Instant.parse("2027-03-01T17:00:00Z");

  @Inject ClientProjection clients;
  private Clinic clinic;

  @BeforeEach
  void newClinic() {
    clinic = new Clinic(clients, MONDAY_9AM.minus(10, ChronoUnit.DAYS));
  }

  @Test
  void dosingRequiresApprovedEligibility() {
    UUID unapproved = UUID.randomUUID();
    clinic.enroll(unapproved, false, true);
    refused(dosingFor(unapproved, MONDAY_9AM), 409, BookingRules.APPROVED_ELIGIBILITY);
  }

  @Test
  void dosingRequiresEligibilityStillValidAtTheSession() {
    UUID client = UUID.randomUUID();
    clinic.enroll(client, false, true);
    Instant sessionEnd = MONDAY_9AM.plus(120, ChronoUnit.MINUTES);
    clinic.approve(client, sessionEnd);
    refused(dosingFor(client, MONDAY_9AM), 409, BookingRules.APPROVED_ELIGIBILITY);
    clinic.approve(client, sessionEnd.plusSeconds(1));
    Clinic.book(DemoUser.CORA_COORDINATOR, dosingFor(client, MONDAY_9AM)).then().statusCode(201);
  }

  @Test
  void dosingRequiresCompletedPreparation() {
    UUID unprepared = UUID.randomUUID();
    clinic.enroll(unprepared, true, false);
    refused(dosingFor(unprepared, MONDAY_9AM), 409, BookingRules.COMPLETED_PREPARATION);
  }

  @Test
  void dosingRequiresPrescriberOnDutyForTheWholeSession() {
    Clinic lateShift = new Clinic(clients, MONDAY_9AM.plus(60, ChronoUnit.MINUTES));
    refused(lateShift.dosing(MONDAY_9AM), 409, BookingRules.PRESCRIBER_ON_DUTY);
    Clinic.book(DemoUser.CORA_COORDINATOR, lateShift.dosing(MONDAY_9AM.plus(1, ChronoUnit.HOURS)))
        .then()
        .statusCode(201);
  }

  @Test
  void dosingMinimumIntervalIs48Hours() {
    booked(clinic.dosing(MONDAY_9AM));
    refused(
        clinic.dosing(MONDAY_9AM.plus(47, ChronoUnit.HOURS)), 409, BookingRules.MINIMUM_INTERVAL);
    booked(clinic.dosing(MONDAY_9AM.plus(48, ChronoUnit.HOURS)));
  }

  @Test
  void dosingWeeklyMaximumIsThreeInAnySevenDays() {
    booked(clinic.dosing(MONDAY_9AM));
    booked(clinic.dosing(MONDAY_9AM.plus(2, ChronoUnit.DAYS)));
    booked(clinic.dosing(MONDAY_9AM.plus(4, ChronoUnit.DAYS)));
    refused(clinic.dosing(MONDAY_9AM.plus(6, ChronoUnit.DAYS)), 409, BookingRules.WEEKLY_MAXIMUM);
    booked(clinic.dosing(MONDAY_9AM.plus(7, ChronoUnit.DAYS)));
  }

  @Test
  void integrationFallsInsideTheWindowAfterDosing() {
    String dosing = booked(clinic.dosing(MONDAY_9AM));
    Instant dosingEnd = MONDAY_9AM.plus(120, ChronoUnit.MINUTES);
    refused(
        integration(dosing, dosingEnd.plus(Duration.ofHours(24)).minusSeconds(60)),
        422,
        BookingRules.INTEGRATION_WINDOW);
    refused(
        integration(dosing, dosingEnd.plus(Duration.ofHours(72)).plusSeconds(60)),
        422,
        BookingRules.INTEGRATION_WINDOW);
    booked(integration(dosing, dosingEnd.plus(Duration.ofHours(24))));
  }

  @Test
  void integrationNeedsTheDosingSessionItFollows() {
    refused(
        clinic.booking(
            "integration", clinic.client, MONDAY_9AM, List.of(clinic.therapist), null, null),
        422,
        BookingRules.INTEGRATION_WINDOW);
  }

  @Test
  void dosingIvNeedsANurseAndAnIvPump() {
    refused(
        clinic.booking(
            "dosing-iv", clinic.client, MONDAY_9AM, List.of(clinic.therapist), clinic.room, null),
        422,
        BookingRules.PROVIDER_ROLES);
    UUID noPump = clinic.newRoom(List.of("recliner", "vitals-monitor", "music-system"));
    refused(
        clinic.booking(
            "dosing-iv",
            clinic.client,
            MONDAY_9AM,
            List.of(clinic.therapist, clinic.nurse),
            noPump,
            null),
        422,
        BookingRules.ROOM_EQUIPMENT);
    booked(
        clinic.booking(
            "dosing-iv",
            clinic.client,
            MONDAY_9AM,
            List.of(clinic.therapist, clinic.nurse),
            clinic.room,
            null));
  }

  @Test
  void bookingOutsideWorkingHoursIsRefusedInTheClinicsTimeZoneAcrossDst() {
    // 05:30 PST on Monday 1 March: before the 06:00 start.
    refused(preparation(Instant.parse("2027-03-01T13:30:00Z")), 409, BookingRules.WORKING_HOURS);
    // 06:00 PST is 14:00Z before the change on 14 March ...
    booked(preparation(Instant.parse("2027-03-08T14:00:00Z")));
    // ... and 06:00 PDT is 13:00Z after it; 13:00Z the week before was 05:00 PST.
    booked(preparation(Instant.parse("2027-03-15T13:00:00Z")));
    refused(preparation(Instant.parse("2027-03-01T13:00:00Z")), 409, BookingRules.WORKING_HOURS);
    // 21:30 local runs past the 22:00 end.
    refused(preparation(Instant.parse("2027-03-16T04:30:00Z")), 409, BookingRules.WORKING_HOURS);
  }

  @Test
  void timeOffAndExtraHoursChangeTheWeeklyHours() {
    // Monday 1 March 2027 in Los Angeles (PST, UTC-8): time off 08:00-12:00.
    exception("TIME_OFF", null, "2027-03-01T16:00:00Z", "2027-03-01T20:00:00Z");
    refused(preparation(MONDAY_9AM), 409, BookingRules.WORKING_HOURS);
    booked(preparation(Instant.parse("2027-03-01T20:00:00Z")));
    // 22:15 is after the weekly 22:00 end, unless extra hours cover it.
    Instant late = Instant.parse("2027-03-02T06:15:00Z");
    refused(preparation(late), 409, BookingRules.WORKING_HOURS);
    exception("EXTRA_HOURS", clinic.location, "2027-03-02T06:00:00Z", "2027-03-02T07:30:00Z");
    booked(preparation(late));
  }

  private void exception(String kind, UUID location, String starts, String ends) {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", kind);
    body.put("starts", starts);
    body.put("ends", ends);
    if (location != null) {
      body.put("locationId", location);
    }
    io.restassured.RestAssured.given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(io.restassured.http.ContentType.JSON)
        .body(body)
        .post("/providers/" + clinic.therapist + "/exceptions")
        .then()
        .statusCode(201);
  }

  @Test
  void noOverlapForProviderRoomOrClientButBackToBackIsFine() {
    booked(preparation(MONDAY_9AM));
    UUID other = UUID.randomUUID();
    clinic.enroll(other, true, true);
    overlap(
        clinic.booking(
            "preparation",
            other,
            MONDAY_9AM.plus(30, ChronoUnit.MINUTES),
            List.of(clinic.therapist),
            null,
            null),
        "booking_provider_overlap");
    overlap(
        clinic.booking(
            "follow-up",
            clinic.client,
            MONDAY_9AM.plus(30, ChronoUnit.MINUTES),
            List.of(clinic.prescriber),
            null,
            null),
        "booking_client_overlap");
    booked(
        clinic.booking(
            "preparation",
            other,
            MONDAY_9AM.plus(60, ChronoUnit.MINUTES),
            List.of(clinic.therapist),
            null,
            null));

    Instant tuesday = MONDAY_9AM.plus(1, ChronoUnit.DAYS);
    booked(clinic.dosing(tuesday));
    overlap(
        clinic.booking(
            "dosing-sublingual",
            other,
            tuesday.plus(1, ChronoUnit.HOURS),
            List.of(clinic.therapist2),
            clinic.room,
            null),
        "booking_room_overlap");
  }

  @Test
  void clientSelfBooksPreparationButNeverDosing() {
    Clinic kerrysClinic = clinicFor(UUID.fromString(DemoUser.KERRY.id()));
    UUID kerry = UUID.fromString(DemoUser.KERRY.id());
    Clinic.book(
            DemoUser.KERRY,
            kerrysClinic.booking(
                "preparation", kerry, MONDAY_9AM, List.of(kerrysClinic.therapist), null, null))
        .then()
        .statusCode(201);
    Clinic.book(
            DemoUser.KERRY,
            kerrysClinic.booking(
                "dosing-sublingual",
                kerry,
                MONDAY_9AM.plus(1, ChronoUnit.DAYS),
                List.of(kerrysClinic.therapist),
                kerrysClinic.room,
                null))
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo(RULES + "self-booking-not-allowed"));
    Clinic.book(
            DemoUser.KERRY,
            kerrysClinic.booking(
                "preparation",
                kerrysClinic.client,
                MONDAY_9AM.plus(2, ChronoUnit.DAYS),
                List.of(kerrysClinic.therapist),
                null,
                null))
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void clinicianBooksOnlyForClientsOnTheirCareTeam() {
    // Tess is not on this clinic's client's care team ...
    Clinic.book(DemoUser.TESS_THERAPIST, preparation(MONDAY_9AM))
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    // ... but she is the therapist of this one's.
    Clinic tessTeam =
        new Clinic(
            clients,
            MONDAY_9AM.minus(10, ChronoUnit.DAYS),
            UUID.fromString(DemoUser.TESS_THERAPIST.id()));
    Clinic.book(
            DemoUser.TESS_THERAPIST,
            tessTeam.booking(
                "preparation",
                tessTeam.client,
                MONDAY_9AM.plus(3, ChronoUnit.DAYS),
                List.of(tessTeam.therapist),
                null,
                null))
        .then()
        .statusCode(201);
  }

  @Test
  void unknownIdsAndTypesAreClearErrors() {
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "massage", clinic.client, MONDAY_9AM, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(422)
        .contentType(PROBLEM);
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation",
                UUID.randomUUID(),
                MONDAY_9AM,
                List.of(clinic.therapist),
                null,
                null))
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation", clinic.client, MONDAY_9AM, List.of(UUID.randomUUID()), null, null))
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  private Clinic clinicFor(UUID clientId) {
    Clinic c = new Clinic(clients, MONDAY_9AM.minus(10, ChronoUnit.DAYS));
    c.enroll(clientId, true, true);
    return c;
  }

  private java.util.Map<String, Object> dosingFor(UUID client, Instant at) {
    return clinic.booking(
        "dosing-sublingual", client, at, List.of(clinic.therapist), clinic.room, null);
  }

  private java.util.Map<String, Object> preparation(Instant at) {
    return clinic.booking("preparation", clinic.client, at, List.of(clinic.therapist), null, null);
  }

  private java.util.Map<String, Object> integration(String dosingId, Instant at) {
    return clinic.booking(
        "integration",
        clinic.client,
        at,
        List.of(clinic.therapist),
        null,
        UUID.fromString(dosingId));
  }

  private static String booked(java.util.Map<String, Object> body) {
    return Clinic.book(DemoUser.CORA_COORDINATOR, body).then().statusCode(201).extract().path("id");
  }

  private static void refused(java.util.Map<String, Object> body, int status, String rule) {
    Clinic.book(DemoUser.CORA_COORDINATOR, body)
        .then()
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo(RULES + rule));
  }

  private static void overlap(java.util.Map<String, Object> body, String constraint) {
    Clinic.book(DemoUser.CORA_COORDINATOR, body)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo(RULES + "overlap"))
        .body("detail", containsString(constraint));
  }
}
