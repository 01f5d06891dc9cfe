package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** TreatmentPlanApproved proposes the whole course; a coordinator confirms it in one call. */
@QuarkusTest
class CoursePlanningTest {

  @Inject ClientProjection clients;

  @Test
  void approvedPlanProposesPreparationSixDosingAndSixIntegrationSessions() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    UUID plan = approvePlan(clinic);
    JsonPath course = awaitCourse(plan, 13);

    List<String> types = course.getList("items.typeCode");
    assertEquals("preparation", types.get(0));
    assertEquals(6, types.stream().filter("dosing-sublingual"::equals).count());
    assertEquals(6, types.stream().filter("integration"::equals).count());
    assertTrue(course.getList("items.status").stream().allMatch("TENTATIVE"::equals));
    List<Instant> dosing = starts(course, "dosing-sublingual");
    for (int i = 1; i < dosing.size(); i++) {
      assertFalse(
          Duration.between(dosing.get(i - 1), dosing.get(i)).compareTo(Duration.ofHours(48)) < 0);
    }
    List<Instant> integration = starts(course, "integration");
    for (int i = 0; i < 6; i++) {
      Duration after =
          Duration.between(dosing.get(i).plus(2, ChronoUnit.HOURS), integration.get(i));
      assertTrue(
          after.compareTo(Duration.ofHours(24)) >= 0 && after.compareTo(Duration.ofHours(72)) <= 0);
    }
  }

  @Test
  void coordinatorConfirmsTheCourseInOneCallAndEverySessionIsAnnounced() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    UUID plan = approvePlan(clinic);
    awaitCourse(plan, 13);
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      given()
          .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
          .post("/courses/" + plan + "/confirm")
          .then()
          .statusCode(200)
          .body("status", everyItem(equalTo("BOOKED")));
      assertEquals(
          13,
          topic
              .await(
                  TopicReader.event(clinic.client.toString(), AppointmentChanged.Step.BOOKED.type),
                  13,
                  Duration.ofSeconds(20))
              .size());
    }
  }

  @Test
  void theCourseIsReadInPagesByStartTime() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    UUID plan = approvePlan(clinic);
    List<String> whole = awaitCourse(plan, 13).getList("items.id");
    List<String> paged = new java.util.ArrayList<>();
    List<Integer> sizes = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var request =
          given()
              .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
              .queryParam("limit", 5);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/courses/" + plan).then().statusCode(200).extract().jsonPath();
      paged.addAll(page.getList("items.id"));
      sizes.add(page.getList("items").size());
      cursor = page.getString("next");
    } while (cursor != null && sizes.size() < 10);
    assertEquals(List.of(5, 5, 3), sizes);
    assertEquals(whole, paged);
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .get("/courses/" + plan)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void movingOneSessionRevalidatesTheRestOfTheCourse() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    UUID plan = approvePlan(clinic);
    JsonPath course = awaitCourse(plan, 13);
    int first = course.getList("items.typeCode").indexOf("dosing-sublingual");
    String id = course.getString("items[" + first + "].id");
    long version = course.getLong("items[" + first + "].version");
    ZonedDateTime start =
        Instant.parse(course.getString("items[" + first + "].startsAt"))
            .atZone(ZoneId.of(Clinic.ZONE));
    // Later, so that its integration (24 h after the old end) now comes too soon after it.
    ZonedDateTime moved =
        start.getHour() <= 18 ? start.plusHours(1) : start.plusDays(1).withHour(6).withMinute(0);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", moved.toInstant().toString()))
        .post("/appointments/" + id + "/reschedule")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://kapcare.org/problems/course-conflict"))
        .body("detail", org.hamcrest.Matchers.containsString("integration-window"));
  }

  @Test
  void theCourseIsHeldWhereTheClientWasLastBookedWhenTheTherapistWorksAtSeveralSites() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    // First by name, equipped, and the therapist works there too: but the client is seen elsewhere.
    clinic.otherSiteOfTheTherapist("A site " + UUID.randomUUID(), true);
    Instant evaluation =
        ZonedDateTime.now(ZoneId.of(Clinic.ZONE))
            .plusDays(2)
            .withHour(10)
            .truncatedTo(ChronoUnit.HOURS)
            .toInstant();
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "evaluation", clinic.client, evaluation, List.of(clinic.prescriber), null, null))
        .then()
        .statusCode(201);

    JsonPath course = awaitCourse(approvePlan(clinic), 13);

    assertEquals(java.util.Set.of(clinic.location.toString()), sites(course));
  }

  @Test
  void aSiteWithoutARoomForTheRouteCannotHoldTheCourse() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    clinic.otherSiteOfTheTherapist("A site " + UUID.randomUUID(), false);

    JsonPath course = awaitCourse(approvePlan(clinic), 13);

    assertEquals(java.util.Set.of(clinic.location.toString()), sites(course));
  }

  private static java.util.Set<String> sites(JsonPath course) {
    return java.util.Set.copyOf(course.getList("items.locationId", String.class));
  }

  private static UUID approvePlan(Clinic clinic) {
    UUID plan = UUID.randomUUID();
    CloudEvents.publish(
        Topics.CLINICAL_EVENTS,
        UUID.randomUUID().toString(),
        TreatmentPlanApproved.TYPE,
        clinic.client.toString(),
        new TreatmentPlanApproved(
            clinic.client.toString(),
            plan.toString(),
            Route.SUBLINGUAL,
            6,
            3,
            clinic.prescriber.toString(),
            Instant.now()));
    return plan;
  }

  private static JsonPath awaitCourse(UUID plan, int sessions) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var response =
                  given()
                      .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                      .get("/courses/" + plan);
              return response.statusCode() == 200 ? response.jsonPath() : null;
            },
            json -> json != null && json.getList("items").size() == sessions);
  }

  private static List<Instant> starts(JsonPath course, String type) {
    List<String> types = course.getList("items.typeCode");
    List<String> starts = course.getList("items.startsAt");
    return java.util.stream.IntStream.range(0, types.size())
        .filter(i -> types.get(i).equals(type))
        .mapToObj(i -> Instant.parse(starts.get(i)))
        .toList();
  }
}
