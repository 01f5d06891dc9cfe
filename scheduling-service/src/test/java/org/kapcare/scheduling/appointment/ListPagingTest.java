package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/**
 * Rooms, appointment types, a client's waitlist entries and an appointment's history are
 * keyset-paged like the appointments list: {@code cursor} + {@code limit} (1–200), a page of {@code
 * items} with the {@code next} cursor, null on the last page.
 */
@QuarkusTest
class ListPagingTest {

  private static final String PROBLEM = "application/problem+json";
  private static final Instant THURSDAY_10AM = Instant.parse("2027-09-02T17:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void roomsArePagedByName() {
    Clinic clinic = new Clinic(clients, THURSDAY_10AM.minus(10, ChronoUnit.DAYS));
    String rooms = "/locations/" + clinic.location + "/rooms";
    addRoom(clinic, "Birch room");
    addRoom(clinic, "Aspen room");

    Response first = as(DemoUser.TESS_THERAPIST).queryParam("limit", 2).get(rooms);
    first
        .then()
        .statusCode(200)
        .body("items.name", contains("Aspen room", "Birch room"))
        .body("next", notNullValue());
    as(DemoUser.TESS_THERAPIST)
        .queryParam("limit", 2)
        .queryParam("cursor", first.<String>path("next"))
        .get(rooms)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(clinic.room.toString()))
        .body("next", nullValue());
    as(DemoUser.TESS_THERAPIST)
        .get(rooms)
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("next", nullValue());
  }

  @Test
  void appointmentTypesArePagedByCode() {
    List<String> all =
        as(DemoUser.KERRY)
            .queryParam("limit", 200)
            .get("/appointment-types")
            .then()
            .statusCode(200)
            .body("next", nullValue())
            .extract()
            .path("items.code");
    List<JsonPath> pages = readAll("/appointment-types", Map.of(), 4);
    assertEquals(all, codes(pages, "items.code"));
    assertEquals((all.size() + 3) / 4, pages.size());
    assertTrue(pages.size() >= 3, "9 seeded types make at least three pages of four");
  }

  @Test
  void aClientsWaitlistEntriesArePagedOldestFirst() {
    Clinic clinic = new Clinic(clients, THURSDAY_10AM.minus(10, ChronoUnit.DAYS));
    List<String> joined = new ArrayList<>();
    for (String type : List.of("preparation", "integration", "follow-up")) {
      joined.add(
          as(DemoUser.CORA_COORDINATOR)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "clientId", clinic.client, "typeCode", type, "locationId", clinic.location))
              .post("/waitlist")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    List<JsonPath> pages = readAll("/waitlist", Map.of("clientId", clinic.client), 2);
    assertEquals(2, pages.size());
    assertEquals(joined, codes(pages, "items.id"));
  }

  @Test
  void anAppointmentsHistoryIsPagedOldestFirst() {
    Clinic clinic = new Clinic(clients, THURSDAY_10AM.minus(10, ChronoUnit.DAYS));
    String id = Clinic.book(DemoUser.CORA_COORDINATOR, preparation(clinic)).path("id");
    for (int version = 0; version < 2; version++) {
      as(DemoUser.CORA_COORDINATOR)
          .header("If-Match", "\"" + version + "\"")
          .contentType(ContentType.JSON)
          .body(Map.of("startsAt", THURSDAY_10AM.plus(version + 1, ChronoUnit.DAYS).toString()))
          .post("/appointments/" + id + "/reschedule")
          .then()
          .statusCode(200);
    }
    List<JsonPath> pages = readAll("/appointments/" + id + "/history", Map.of(), 2);
    assertEquals(2, pages.size());
    assertEquals(List.of("BOOKED", "RESCHEDULED", "RESCHEDULED"), codes(pages, "items.action"));
    assertEquals(
        THURSDAY_10AM.plus(2, ChronoUnit.DAYS).toString(),
        pages.get(1).getString("items[0].startsAt"));
  }

  @Test
  void aTamperedCursorOrALimitOutOfRangeIsA400Problem() {
    Clinic clinic = new Clinic(clients, THURSDAY_10AM.minus(10, ChronoUnit.DAYS));
    String appointment = Clinic.book(DemoUser.CORA_COORDINATOR, preparation(clinic)).path("id");
    List<String> paths =
        List.of(
            "/locations/" + clinic.location + "/rooms",
            "/appointment-types",
            "/waitlist?clientId=" + clinic.client,
            "/appointments/" + appointment + "/history",
            "/courses/" + UUID.randomUUID());
    for (String path : paths) {
      for (Map<String, Object> query :
          List.<Map<String, Object>>of(
              Map.of("cursor", "not-a-cursor"),
              Map.of("cursor", "azF8"),
              Map.of("limit", 0),
              Map.of("limit", 201))) {
        as(DemoUser.CORA_COORDINATOR)
            .queryParams(query)
            .get(path)
            .then()
            .statusCode(400)
            .contentType(PROBLEM);
      }
    }
    // A room's cursor is a name, not a change number: the history refuses it.
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("cursor", "azF8Q2VkYXIgcm9vbQ")
        .get("/appointments/" + appointment + "/history")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"));
  }

  /** Follows {@code next} from the first page to the last, {@code limit} items a page. */
  private static List<JsonPath> readAll(String path, Map<String, Object> query, int limit) {
    List<JsonPath> pages = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request =
          as(DemoUser.CORA_COORDINATOR).queryParams(query).queryParam("limit", limit);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      assertTrue(page.getList("items").size() <= limit);
      pages.add(page);
      cursor = page.getString("next");
      assertTrue(pages.size() < 50, "paging does not end");
    } while (cursor != null);
    return pages;
  }

  private static List<String> codes(List<JsonPath> pages, String path) {
    List<String> values = new ArrayList<>();
    pages.forEach(p -> values.addAll(p.getList(path)));
    return values;
  }

  private static Map<String, Object> preparation(Clinic clinic) {
    return clinic.booking(
        "preparation", clinic.client, THURSDAY_10AM, List.of(clinic.therapist), null, null);
  }

  private static void addRoom(Clinic clinic, String name) {
    as(DemoUser.ADAM_ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "equipment", List.of("recliner")))
        .post("/locations/" + clinic.location + "/rooms")
        .then()
        .statusCode(201);
  }

  private static RequestSpecification as(DemoUser user) {
    return given().header("Authorization", user.bearer());
  }
}
