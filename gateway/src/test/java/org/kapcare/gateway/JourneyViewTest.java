package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/** GET /api/me/journey over real HTTP to stub services, healthy, slow and stopped. */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class JourneyViewTest {

  @AfterEach
  void healServices() {
    StubServices.DELAY.clear();
    StubServices.restart("notifications");
    StubServices.restart("records");
  }

  @Test
  void shouldAssembleTheCallersJourneyFromAllThreeServices() {
    String bearer = DemoUser.KERRY.bearer();
    given()
        .header("Authorization", bearer)
        .get("/api/me/journey")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("clientId", equalTo(DemoUser.KERRY.id()))
        .body("missing", empty())
        // Upcoming only (the checked-in one has begun), soonest first, with instructions.
        .body("nextAppointments.typeCode", contains("dosing-intranasal", "integration"))
        .body("nextAppointments[0].preparation", containsString("No food for 2 hours"))
        .body("nextAppointments[1].preparation", containsString("Bring notes"))
        .body("course.sessionsPlanned", equalTo(6))
        .body("course.sessionsDone", equalTo(2))
        .body("assessment.latestTotal", equalTo(8))
        .body("assessment.baselineTotal", equalTo(19))
        .body("assessment.response", equalTo(true))
        .body("assessment.remission", equalTo(false))
        .body("assessment.points", hasSize(2))
        .body("unreadNotifications", equalTo(3));
    assertTrue(
        StubServices.LAST_QUERY
            .get("scheduling /appointments")
            .contains("clientId=" + DemoUser.KERRY.id()),
        "only the caller's own appointments are asked for");
    assertEquals(
        bearer,
        StubServices.LAST_AUTHORIZATION.get("records /clients/" + DemoUser.KERRY.id() + "/summary"),
        "the caller's own token goes to the services");
  }

  @Test
  void shouldGivePartialJourneyWhenNotificationServiceIsStopped() {
    StubServices.stopService("notifications");
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/me/journey")
        .then()
        .statusCode(200)
        .body("missing", contains("notifications"))
        .body("missingReasons.notifications", equalTo("unavailable"))
        .body("unreadNotifications", nullValue())
        .body("course.sessionsDone", equalTo(2))
        .body("nextAppointments", hasSize(2));
  }

  @Test
  void shouldGivePartialJourneyInTimeWhenRecordsServiceIsSlow() {
    StubServices.DELAY.put("records", 5_000);
    long started = System.nanoTime();
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/me/journey")
        .then()
        .statusCode(200)
        .body("missing", contains("course", "assessments"))
        .body("missingReasons.course", equalTo("timeout"))
        .body("unreadNotifications", equalTo(3))
        .time(lessThan(4_000L));
    assertTrue((System.nanoTime() - started) / 1_000_000 < 4_000, "the view does not wait 5 s");
  }

  @Test
  void shouldCallTheServicesInParallel() {
    StubServices.DELAY.put("scheduling", 600);
    StubServices.DELAY.put("records", 600);
    StubServices.DELAY.put("notifications", 600);
    long started = System.nanoTime();
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/me/journey")
        .then()
        .statusCode(200)
        .body("missing", empty());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 1_500, "four 600 ms calls took " + millis + " ms: not in parallel");
  }

  @Test
  void shouldRefuseStaffAndAnonymousCallers() {
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/api/me/journey")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/me/journey").then().statusCode(401).contentType("application/problem+json");
  }
}
