package org.kapcare.scheduling.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.CalendarFeedRotated;
import org.kapcare.scheduling.appointment.ClinicFixture;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** RFC 5545 feeds: UID, DTSTAMP, TZID with VTIMEZONE, SEQUENCE, STATUS:CANCELLED, no treatment. */
@QuarkusTest
class CalendarFeedTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final Duration SHORT = Duration.ofSeconds(3);

  @Inject ClientProjection clients;
  @Inject FeedRateLimiter limiter;

  @BeforeEach
  @AfterEach
  void freshLimits() {
    limiter.reset();
  }

  @Test
  void aFeedsUrlIsItsPublicUrlOnTheGatewaysSchedulingRouteWhateverHostTheCallerNamed() {
    String url =
        given()
            .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
            .header("Host", "attacker.example")
            .header("X-Forwarded-Host", "attacker.example")
            .header("X-Forwarded-Prefix", "/elsewhere")
            .contentType(ContentType.JSON)
            .body(Map.of("owner", "CLIENT", "ownerId", UUID.randomUUID()))
            .post("/calendar-feeds")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    assertTrue(
        url.matches(
            "https://clinic\\.example/api/scheduling/calendar-feeds/[A-Za-z0-9_-]{20,64}\\.ics"),
        url);
  }

  @Test
  void rotatingAFeedTellsItsOwnerAndCreatingOneDoesNot() {
    UUID owner = UUID.randomUUID();
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      String first = issue("CLIENT", owner);
      assertEquals(
          0,
          topic
              .await(TopicReader.event(owner.toString(), CalendarFeedRotated.TYPE), 1, SHORT)
              .size(),
          "a new feed kills no URL");
      String second = issue("CLIENT", owner);
      assertNotEquals(first, second);
      var events =
          topic.await(
              TopicReader.event(owner.toString(), CalendarFeedRotated.TYPE),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, events.size());
      JsonNode data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(owner.toString(), data.path("ownerId").asText());
      assertEquals(DemoUser.CORA_COORDINATOR.id(), data.path("rotatedBy").asText());
      assertTrue(!events.get(0).value().contains(path(second)), "the event carries no address");
    }
  }

  @Test
  void oneFeedUrlIsAnsweredOnlySoOftenThen429WithRetryAfter() {
    String url = issue("CLIENT", UUID.randomUUID());
    for (int i = 0; i < 5; i++) {
      given().get(path(url)).then().statusCode(200);
    }
    var refused = given().get(path(url)).then().statusCode(429).extract();
    assertEquals("application/problem+json", refused.contentType());
    assertEquals(
        "https://kapcare.org/problems/too-many-requests", refused.jsonPath().getString("type"));
    assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
    // Another feed is counted on its own.
    given().get(path(issue("CLIENT", UUID.randomUUID()))).then().statusCode(200);
  }

  @Test
  void guessingFeedUrlsFromOneAddressIsCutOff() {
    String real = issue("CLIENT", UUID.randomUUID());
    for (int i = 0; i < 12; i++) {
      given()
          .get("/calendar-feeds/" + ("guess" + UUID.randomUUID()).replace("-", "") + ".ics")
          .then()
          .statusCode(404);
    }
    given()
        .get(path(real))
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }

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
    assertTrue(!ics.contains("\r\nMETHOD:"), "a snapshot, not an iTIP message");
    var validation = ICalendarWriterTest.strictly(ics);
    assertTrue(!validation.hasErrors(), validation + "\n" + ics);
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
  void appointmentsAndTheirFeedTellTheSitesTimeZone() {
    // The gateway's board counts each site's day in this zone; messages tell the time in it.
    Instant tenAm = LocalDate.now(LA).plusDays(22).atTime(10, 0).atZone(LA).toInstant();
    ClinicFixture clinic = ClinicFixture.open(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    String id = clinic.bookDosing(tenAm);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/appointments/" + id)
        .then()
        .statusCode(200)
        .body("timeZone", org.hamcrest.Matchers.equalTo("America/Los_Angeles"));
    assertTrue(
        feed(issue("PROVIDER", clinic.therapist())).contains("DTSTART;TZID=America/Los_Angeles:"));
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

  /** The service's own path of a feed's public URL (these tests reach the service directly). */
  private static String path(String url) {
    String route = "https://clinic.example/api/scheduling/";
    assertTrue(url.startsWith(route), url);
    return "/" + url.substring(route.length());
  }
}
