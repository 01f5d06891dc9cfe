package org.kapcare.scheduling.location;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;
import org.kapcare.contracts.scheduling.LocationAdded;
import org.kapcare.scheduling.Identities;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/**
 * A prescriber put on duty is announced with DutyShiftScheduled, a refused shift is not; a new site
 * is announced with LocationAdded.
 */
@QuarkusTest
class DutyShiftTest {

  private static final Instant MONDAY_8AM_DENVER = Instant.parse("2027-10-04T14:00:00Z");
  private static final Instant MONDAY_6PM_DENVER = Instant.parse("2027-10-05T00:00:00Z");

  @Test
  void aDutyShiftReachesTheSchedulingTopicKeyedByThePrescriber() {
    UUID location = location();
    UUID prescriber = provider("PRESCRIBER");
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      String shift = shift(location, prescriber).then().statusCode(201).extract().path("id");
      var events =
          topic.await(
              TopicReader.event(prescriber.toString(), DutyShiftScheduled.TYPE),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, events.size());
      assertEquals(prescriber.toString(), events.get(0).key());
      JsonNode data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(shift, data.path("shiftId").asText());
      assertEquals(location.toString(), data.path("locationId").asText());
      assertEquals(prescriber.toString(), data.path("prescriberId").asText());
      assertEquals(MONDAY_8AM_DENVER, Instant.parse(data.path("startsAt").asText()));
      assertEquals(MONDAY_6PM_DENVER, Instant.parse(data.path("endsAt").asText()));
    }
  }

  /** Messages to clients name the site and its phone: the site is announced when added. */
  @Test
  void aNewSiteIsAnnouncedWithItsNameZoneAndPhone() {
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      String name = "Juniper Street " + UUID.randomUUID();
      String site =
          admin()
              .body(Map.of("name", name, "timeZone", "America/Denver", "phone", "+13035550142"))
              .post("/locations")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      var events =
          topic.await(TopicReader.event(site, LocationAdded.TYPE), 1, Duration.ofSeconds(20));
      JsonNode data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(name, data.path("name").asText());
      assertEquals("America/Denver", data.path("timeZone").asText());
      assertEquals("+13035550142", data.path("phone").asText());
    }
  }

  @Test
  void aRefusedShiftIsNotAnnounced() {
    UUID location = location();
    UUID onDuty = provider("PRESCRIBER");
    UUID second = provider("PRESCRIBER");
    UUID therapist = provider("THERAPIST");
    shift(location, onDuty).then().statusCode(201);
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      shift(location, second).then().statusCode(409).contentType("application/problem+json");
      shift(location, therapist).then().statusCode(422).contentType("application/problem+json");
      assertEquals(
          0,
          topic
              .await(
                  r ->
                      TopicReader.event(second.toString(), DutyShiftScheduled.TYPE).test(r)
                          || TopicReader.event(therapist.toString(), DutyShiftScheduled.TYPE)
                              .test(r),
                  1,
                  Duration.ofSeconds(3))
              .size());
    }
  }

  private static io.restassured.response.Response shift(UUID location, UUID prescriber) {
    return admin()
        .body(
            Map.of(
                "locationId",
                location,
                "prescriberId",
                prescriber,
                "starts",
                MONDAY_8AM_DENVER.toString(),
                "ends",
                MONDAY_6PM_DENVER.toString()))
        .post("/duty-shifts");
  }

  private static UUID location() {
    return UUID.fromString(
        admin()
            .body(Map.of("name", "Clinic " + UUID.randomUUID(), "timeZone", "America/Denver"))
            .post("/locations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  @Test
  void onlySomeoneTheIdentityProviderCallsPrescriberGoesOnDuty() {
    UUID location = location();
    UUID prescriber = provider("PRESCRIBER");
    Identities.revoke(prescriber, "prescriber");
    shift(location, prescriber)
        .then()
        .statusCode(422)
        .body(
            "type",
            org.hamcrest.Matchers.equalTo("https://kapcare.org/problems/duty-needs-prescriber"));
  }

  private static UUID provider(String role) {
    UUID id = Identities.person(role.toLowerCase());
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
                "America/Denver"))
        .post("/providers")
        .then()
        .statusCode(201);
    return id;
  }

  private static RequestSpecification admin() {
    return given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .contentType(ContentType.JSON);
  }
}
