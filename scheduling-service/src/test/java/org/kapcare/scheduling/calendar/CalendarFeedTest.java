package org.kapcare.scheduling.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.appointment.ClinicFixture;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** RFC 5545 feeds: UID, DTSTAMP, TZID with VTIMEZONE, SEQUENCE, STATUS:CANCELLED, no treatment. */
@QuarkusTest
class CalendarFeedTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  @Inject ClientProjection clients;

  @Test
  void clientFeedListsAppointmentsWithoutNamingTheTreatment() {
    Instant tenAm = LocalDate.now(LA).plusDays(20).atTime(10, 0).atZone(LA).toInstant();
    ClinicFixture clinic = ClinicFixture.open(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    String dosing = clinic.bookDosing(tenAm);
    String cancelled = clinic.bookPreparation(tenAm.plus(3, ChronoUnit.DAYS));
    clinic.cancel(cancelled);

    String ics = feed(issue("CLIENT", clinic.client()));
    String local = tenAm.atZone(LA).toLocalDateTime().toString().replace("-", "").replace(":", "");
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    assertTrue(ics.contains("UID:" + dosing + "@kapcare.org\r\n"));
    assertTrue(ics.contains("DTSTART;TZID=America/Los_Angeles:" + local + "00\r\n"), ics);
    assertTrue(ics.contains("DTSTAMP:"));
    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"));
    assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"));
    assertTrue(ics.contains("UID:" + cancelled + "@kapcare.org\r\n"));
    assertTrue(ics.contains("STATUS:CANCELLED"));
    assertTrue(ics.contains("SEQUENCE:1"), "the cancellation raised the sequence");
    assertTrue(!ics.toLowerCase().contains("dosing") && !ics.toLowerCase().contains("ketamine"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
  }

  @Test
  void providerFeedNamesTheSessionType() {
    Instant tenAm = LocalDate.now(LA).plusDays(25).atTime(10, 0).atZone(LA).toInstant();
    ClinicFixture clinic = ClinicFixture.open(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    clinic.bookDosing(tenAm);
    given()
        .get(path(issue("PROVIDER", clinic.therapist())))
        .then()
        .statusCode(200)
        .contentType(containsString("text/calendar"))
        .body(containsString("SUMMARY:Dosing session\\, sublingual"));
  }

  @Test
  void onlyTheOwnerOrStaffCreateAFeedAndRotationRevokesTheOldUrl() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("owner", "CLIENT", "ownerId", UUID.randomUUID()))
        .post("/calendar-feeds")
        .then()
        .statusCode(403);
    UUID kerry = UUID.fromString(DemoUser.KERRY.id());
    String first =
        given()
            .header("Authorization", DemoUser.KERRY.bearer())
            .contentType(ContentType.JSON)
            .body(Map.of("owner", "CLIENT", "ownerId", kerry))
            .post("/calendar-feeds")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    issue("CLIENT", kerry);
    given().get(path(first)).then().statusCode(404).body(not(containsString("BEGIN:VCALENDAR")));
  }

  private static String issue(String owner, UUID id) {
    return given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("owner", owner, "ownerId", id))
        .post("/calendar-feeds")
        .then()
        .statusCode(201)
        .extract()
        .path("url");
  }

  private static String feed(String url) {
    return given().get(path(url)).then().statusCode(200).extract().asString();
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }
}
