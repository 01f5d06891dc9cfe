package org.kapcare.scheduling.provider;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.Identities;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * The staff directory reads back: {@code GET /providers} (by display name, paged, by role, site and
 * part of the name), a provider's weekly hours per site and their time off and extra hours in a
 * bounded period. Other tests register providers in the same database, so lists are read through a
 * display name unique to each test.
 */
@QuarkusTest
class ProviderDirectoryListTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String DENVER = "America/Denver";
  private static final Instant DECEMBER = Instant.parse("2027-12-01T07:00:00Z");

  @Test
  void providersAreListedByDisplayNameInPagesThatWalkToTheLastOne() {
    String token = token();
    List<Map<String, Object>> registered = new ArrayList<>();
    for (String name : List.of("Carol", "Alex", "Bea")) {
      registered.add(register(token + " " + name, "THERAPIST"));
    }
    List<JsonPath> pages = readAll("/providers", Map.of("name", token), 1);
    assertEquals(3, pages.size(), "one provider a page");
    List<Map<String, Object>> walked = new ArrayList<>();
    pages.forEach(p -> walked.addAll(p.getList("items")));
    assertEquals(
        List.of(registered.get(1), registered.get(2), registered.get(0)),
        walked,
        "every provider once, by display name, as registered");
    assertNull(pages.get(2).getString("next"));

    List<JsonPath> all = readAll("/providers", Map.of(), 7);
    List<String> ids = new ArrayList<>();
    all.forEach(p -> ids.addAll(p.getList("items.id")));
    assertEquals(ids.size(), new HashSet<>(ids).size(), "no provider twice in the whole list");
    assertTrue(ids.containsAll(registered.stream().map(r -> r.get("id")).toList()));
  }

  @Test
  void providersAreFilteredByRoleSiteAndName() {
    String token = token();
    UUID site = site(token + " site");
    UUID elsewhere = site(token + " elsewhere");
    Map<String, Object> therapist = register(token + " Tara", "THERAPIST");
    Map<String, Object> nurse = register(token + " Nell", "NURSE");
    Map<String, Object> away = register(token + " Tom", "THERAPIST");
    putHours(therapist.get("id"), site, List.of(span("MONDAY", "09:00", "17:00")));
    putHours(nurse.get("id"), site, List.of(span("TUESDAY", "09:00", "17:00")));
    putHours(away.get("id"), elsewhere, List.of(span("MONDAY", "09:00", "17:00")));

    assertEquals(ids(therapist, away), listed(Map.of("name", token, "role", "THERAPIST")));
    assertEquals(ids(nurse), listed(Map.of("name", token, "role", "NURSE")));
    assertEquals(ids(nurse, therapist), listed(Map.of("name", token, "locationId", site)));
    assertEquals(
        ids(therapist), listed(Map.of("name", token, "locationId", site, "role", "THERAPIST")));
    assertEquals(ids(away), listed(Map.of("name", token.toUpperCase() + " TOM")));
    assertEquals(List.of(), listed(Map.of("name", token, "role", "CHAPLAIN")));

    as(DemoUser.CORA_COORDINATOR)
        .queryParam("locationId", UUID.randomUUID())
        .get("/providers")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("role", "SHAMAN")
        .get("/providers")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void weeklyHoursReadBackPerSiteInTheShapePutTakes() {
    String token = token();
    UUID aspen = site(token + " Aspen");
    UUID birch = site(token + " Birch");
    UUID id = UUID.fromString((String) register(token + " Hours", "THERAPIST").get("id"));
    String path = "/providers/" + id + "/working-hours";

    as(DemoUser.TESS_THERAPIST)
        .get(path)
        .then()
        .statusCode(200)
        .body("providerId", equalTo(id.toString()))
        .body("sites", hasSize(0));

    List<Map<String, String>> birchWeek =
        List.of(
            span("WEDNESDAY", "13:30", "18:00"),
            span("MONDAY", "09:00", "17:00"),
            span("WEDNESDAY", "09:00", "12:30"));
    List<Map<String, String>> aspenWeek = List.of(span("FRIDAY", "07:15", "11:45"));
    putHours(id, birch, birchWeek);
    putHours(id, aspen, aspenWeek);

    JsonPath hours = as(DemoUser.NINA_NURSE).get(path).then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(aspen.toString(), birch.toString()), hours.getList("sites.locationId"));
    assertEquals(spans(aspenWeek), spans(hours.getList("sites[0].weekly")));
    assertEquals(
        List.of(birchWeek.get(1), birchWeek.get(2), birchWeek.get(0)).stream()
            .map(s -> parsed(s))
            .toList(),
        spans(hours.getList("sites[1].weekly")),
        "by weekday, then start");

    // PUT replaces a site's hours; the read follows; one site asked for, one site answered.
    List<Map<String, String>> newBirch = List.of(span("SATURDAY", "10:00", "14:00"));
    putHours(id, birch, newBirch);
    JsonPath onlyBirch =
        as(DemoUser.CHRIS_CHAPLAIN)
            .queryParam("locationId", birch)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(birch.toString()), onlyBirch.getList("sites.locationId"));
    assertEquals(spans(newBirch), spans(onlyBirch.getList("sites[0].weekly")));

    as(DemoUser.TESS_THERAPIST)
        .get("/providers/" + UUID.randomUUID() + "/working-hours")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    as(DemoUser.TESS_THERAPIST)
        .queryParam("locationId", UUID.randomUUID())
        .get(path)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void exceptionsInAPeriodArePagedByStartAndReadBackAsPosted() {
    String token = token();
    UUID site = site(token + " extra");
    UUID id = UUID.fromString((String) register(token + " Away", "THERAPIST").get("id"));
    String path = "/providers/" + id + "/exceptions";
    List<Map<String, Object>> posted = new ArrayList<>();
    posted.add(exception(id, "TIME_OFF", null, DECEMBER.plus(23, ChronoUnit.DAYS), 3, "holiday"));
    posted.add(exception(id, "EXTRA_HOURS", site, DECEMBER.plus(2, ChronoUnit.DAYS), 1, null));
    posted.add(exception(id, "TIME_OFF", site, DECEMBER.plus(10, ChronoUnit.DAYS), 1, "course"));
    // Another provider's time off is not theirs.
    UUID other = UUID.fromString((String) register(token + " Other", "THERAPIST").get("id"));
    exception(other, "TIME_OFF", null, DECEMBER.plus(5, ChronoUnit.DAYS), 1, null);

    List<Map<String, Object>> byStart = List.of(posted.get(1), posted.get(2), posted.get(0));
    List<JsonPath> pages = readAll(path, period(DECEMBER, DECEMBER.plus(31, ChronoUnit.DAYS)), 1);
    assertEquals(3, pages.size());
    List<Map<String, Object>> walked = new ArrayList<>();
    pages.forEach(p -> walked.addAll(p.getList("items")));
    assertEquals(byStart, walked, "each exception once, by start, as posted");
    assertNull(pages.get(2).getString("next"));

    // Overlap: a period that begins inside the Christmas time off still shows it; half-open ends.
    as(DemoUser.PAULA_PRESCRIBER)
        .queryParams(period(DECEMBER.plus(25, ChronoUnit.DAYS), DECEMBER.plus(40, ChronoUnit.DAYS)))
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(posted.get(0).get("id"))));
    as(DemoUser.PAULA_PRESCRIBER)
        .queryParams(period(DECEMBER.plus(3, ChronoUnit.DAYS), DECEMBER.plus(10, ChronoUnit.DAYS)))
        .get(path)
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("next", nullValue());
  }

  @Test
  void anExceptionsPeriodBackwardsOrLongerThanAYearIsRefused() {
    UUID id = UUID.fromString((String) register(token() + " Period", "NURSE").get("id"));
    String path = "/providers/" + id + "/exceptions";
    for (Instant to :
        List.of(
            DECEMBER, DECEMBER.minus(1, ChronoUnit.HOURS), DECEMBER.plus(367, ChronoUnit.DAYS))) {
      as(DemoUser.CORA_COORDINATOR)
          .queryParams(period(DECEMBER, to))
          .get(path)
          .then()
          .statusCode(422)
          .contentType(PROBLEM)
          .body("type", equalTo("https://kapcare.org/problems/invalid-range"));
    }
    as(DemoUser.CORA_COORDINATOR)
        .queryParams(period(DECEMBER, DECEMBER.plus(366, ChronoUnit.DAYS)))
        .get(path)
        .then()
        .statusCode(200);
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("from", DECEMBER.toString())
        .get(path)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .queryParams(period(DECEMBER, DECEMBER.plus(1, ChronoUnit.DAYS)))
        .get("/providers/" + UUID.randomUUID() + "/exceptions")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void aLimitOutOfRangeOrATamperedCursorIsA400Problem() {
    UUID id = UUID.fromString((String) register(token() + " Limits", "THERAPIST").get("id"));
    Map<String, Map<String, Object>> lists =
        Map.of(
            "/providers",
            Map.of(),
            "/providers/" + id + "/exceptions",
            period(DECEMBER, DECEMBER.plus(30, ChronoUnit.DAYS)));
    for (Map.Entry<String, Map<String, Object>> list : lists.entrySet()) {
      for (Map<String, Object> bad :
          List.<Map<String, Object>>of(
              Map.of("limit", 0),
              Map.of("limit", 201),
              Map.of("cursor", "not-a-cursor"),
              Map.of("cursor", "azF8Q2VkYXIgcm9vbQ"))) {
        as(DemoUser.CORA_COORDINATOR)
            .queryParams(list.getValue())
            .queryParams(bad)
            .get(list.getKey())
            .then()
            .statusCode(400)
            .contentType(PROBLEM);
      }
      as(DemoUser.CORA_COORDINATOR)
          .queryParams(list.getValue())
          .queryParam("limit", 200)
          .get(list.getKey())
          .then()
          .statusCode(200);
    }
  }

  @Test
  void clientsAndPartnersCannotReadTheStaffDirectory() {
    UUID id = UUID.fromString((String) register(token() + " Private", "THERAPIST").get("id"));
    Map<String, Map<String, Object>> reads =
        Map.of(
            "/providers",
            Map.of(),
            "/providers/" + id + "/working-hours",
            Map.of(),
            "/providers/" + id + "/exceptions",
            period(DECEMBER, DECEMBER.plus(30, ChronoUnit.DAYS)));
    for (String bearer : List.of(DemoUser.KERRY.bearer(), "Bearer " + Tokens.partnerClinic())) {
      for (Map.Entry<String, Map<String, Object>> read : reads.entrySet()) {
        given()
            .header("Authorization", bearer)
            .queryParams(read.getValue())
            .get(read.getKey())
            .then()
            .statusCode(403)
            .contentType(PROBLEM);
      }
    }
    for (DemoUser staff :
        List.of(
            DemoUser.ADAM_ADMIN,
            DemoUser.CORA_COORDINATOR,
            DemoUser.TESS_THERAPIST,
            DemoUser.PAULA_PRESCRIBER,
            DemoUser.NINA_NURSE,
            DemoUser.CHRIS_CHAPLAIN)) {
      for (Map.Entry<String, Map<String, Object>> read : reads.entrySet()) {
        as(staff)
            .queryParams(read.getValue())
            .queryParam("limit", 1)
            .get(read.getKey())
            .then()
            .statusCode(200);
      }
    }
  }

  /** Follows {@code next} from the first page to the last, {@code limit} items a page. */
  private static List<JsonPath> readAll(String path, Map<String, ?> query, int limit) {
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
      assertTrue(pages.size() < 500, "paging does not end");
    } while (cursor != null);
    return pages;
  }

  /** The ids of one unpaged read of {@code /providers}. */
  private static List<String> listed(Map<String, ?> query) {
    return as(DemoUser.TESS_THERAPIST)
        .queryParams(query)
        .get("/providers")
        .then()
        .statusCode(200)
        .body("next", nullValue())
        .extract()
        .path("items.id");
  }

  @SafeVarargs
  private static List<Object> ids(Map<String, Object>... providers) {
    return List.of(providers).stream().map(p -> p.get("id")).toList();
  }

  /** Registers a new Keycloak person in {@code role}; the provider as POST answered it. */
  private static Map<String, Object> register(String displayName, String role) {
    UUID id = Identities.person(role.toLowerCase());
    return as(DemoUser.ADAM_ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "personId",
                id,
                "displayName",
                displayName,
                "roles",
                List.of(role),
                "phone",
                "+13035550142",
                "timeZone",
                DENVER))
        .post("/providers")
        .then()
        .statusCode(201)
        .extract()
        .as(Map.class);
  }

  private static UUID site(String name) {
    return UUID.fromString(
        as(DemoUser.ADAM_ADMIN)
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "timeZone", DENVER))
            .post("/locations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static void putHours(Object provider, UUID site, List<Map<String, String>> weekly) {
    as(DemoUser.CORA_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("locationId", site, "weekly", weekly))
        .put("/providers/" + provider + "/working-hours")
        .then()
        .statusCode(200);
  }

  /** Records an exception of {@code days} days; what a read shows for it. */
  private static Map<String, Object> exception(
      UUID provider, String kind, UUID site, Instant starts, int days, String note) {
    Instant ends = starts.plus(days, ChronoUnit.DAYS);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("starts", starts.toString());
    body.put("ends", ends.toString());
    if (site != null) {
      body.put("locationId", site);
    }
    if (note != null) {
      body.put("note", note);
    }
    String id =
        as(DemoUser.CORA_COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/providers/" + provider + "/exceptions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> view = new HashMap<>();
    view.put("id", id);
    view.put("providerId", provider.toString());
    view.put("kind", kind);
    view.put("locationId", site == null ? null : site.toString());
    view.put("startsAt", starts.toString());
    view.put("endsAt", ends.toString());
    view.put("note", note);
    return view;
  }

  private static Map<String, Object> period(Instant from, Instant to) {
    return Map.of("from", from.toString(), "to", to.toString());
  }

  private static Map<String, String> span(String day, String starts, String ends) {
    return Map.of("day", day, "starts", starts, "ends", ends);
  }

  /** Spans compared by value: "09:00" and "09:00:00" are one time. */
  private static List<List<Object>> spans(List<?> weekly) {
    return weekly.stream().map(s -> parsed((Map<?, ?>) s)).toList();
  }

  private static List<Object> parsed(Map<?, ?> span) {
    return List.of(
        span.get("day"),
        LocalTime.parse((String) span.get("starts")),
        LocalTime.parse((String) span.get("ends")));
  }

  /** A word no other test's providers are named with. */
  private static String token() {
    return "Dir" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static RequestSpecification as(DemoUser user) {
    return given().header("Authorization", user.bearer());
  }
}
