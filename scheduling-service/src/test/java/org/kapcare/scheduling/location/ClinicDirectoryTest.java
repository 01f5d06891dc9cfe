package org.kapcare.scheduling.location;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
 * What a clinic set up reads back for its staff: {@code GET /locations} (by name, paged, filtered
 * by part of the name), {@code GET /locations/{id}} and the prescriber rota {@code GET
 * /duty-shifts?locationId=&from=&to=} (by start, paged, a bounded period). Other tests add sites to
 * the same database, so lists are read through a name unique to each test.
 */
@QuarkusTest
class ClinicDirectoryTest {

  private static final String PROBLEM = "application/problem+json";
  private static final Instant MONDAY_8AM_DENVER = Instant.parse("2027-11-01T14:00:00Z");
  private static final List<DemoUser> STAFF =
      List.of(
          DemoUser.ADAM_ADMIN,
          DemoUser.CORA_COORDINATOR,
          DemoUser.TESS_THERAPIST,
          DemoUser.PAULA_PRESCRIBER,
          DemoUser.NINA_NURSE,
          DemoUser.CHRIS_CHAPLAIN);

  @Test
  void sitesAreListedByNameThenIdInPagesThatWalkToTheLastOne() {
    String token = token();
    List<Map<String, Object>> created = new ArrayList<>();
    for (String suffix : List.of("Delta", "Alpha", "Charlie", "Bravo", "Bravo")) {
      created.add(createSite(token + " " + suffix, "America/Denver"));
    }
    List<Map<String, Object>> expected = new ArrayList<>(created);
    expected.sort(
        Comparator.<Map<String, Object>, String>comparing(s -> (String) s.get("name"))
            .thenComparing(s -> (String) s.get("id")));

    List<JsonPath> pages = readAll("/locations", Map.of("name", token), 1);
    assertEquals(5, pages.size(), "one site a page");
    List<Map<String, Object>> walked = new ArrayList<>();
    pages.forEach(p -> walked.addAll(p.getList("items")));
    assertEquals(expected, walked, "every site once, by name then id, as created");
    assertNull(pages.get(4).getString("next"));

    as(DemoUser.TESS_THERAPIST)
        .queryParam("name", token)
        .get("/locations")
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("items[0].name", equalTo(token + " Alpha"))
        .body("next", nullValue());
  }

  @Test
  void theWholeListHasNoDuplicatesAcrossPages() {
    String token = token();
    createSite(token + " one", "America/Denver");
    createSite(token + " two", "America/Denver");
    List<JsonPath> pages = readAll("/locations", Map.of(), 3);
    List<String> ids = new ArrayList<>();
    pages.forEach(p -> ids.addAll(p.getList("items.id")));
    assertEquals(ids.size(), new HashSet<>(ids).size(), "no site twice");
    assertTrue(ids.size() >= 2);
    assertNull(pages.get(pages.size() - 1).getString("next"));
  }

  @Test
  void theNameFilterIgnoresCaseAndTakesWildcardsLiterally() {
    String token = token();
    Map<String, Object> percent = createSite(token + " 100% care", "America/Denver");
    createSite(token + " 1000 care", "America/Denver");
    createSite(token + " 1x0 care", "America/Denver");
    as(DemoUser.NINA_NURSE)
        .queryParam("name", token.toUpperCase() + " 100%")
        .get("/locations")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(percent.get("id"))));
    as(DemoUser.NINA_NURSE)
        .queryParam("name", token + " 1_0")
        .get("/locations")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("next", nullValue());
    as(DemoUser.NINA_NURSE)
        .queryParam("name", token.toLowerCase() + " 1")
        .get("/locations")
        .then()
        .statusCode(200)
        .body("items", hasSize(3));
  }

  @Test
  void aSiteReadsBackAsItWasCreated() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", token() + " Boulder clinic");
    body.put("timeZone", "America/Denver");
    body.put("phone", "+13035550199");
    Map<String, Object> created =
        as(DemoUser.CORA_COORDINATOR)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/locations")
            .then()
            .statusCode(201)
            .extract()
            .as(Map.class);
    for (DemoUser user : STAFF) {
      Map<String, Object> read =
          as(user)
              .get("/locations/" + created.get("id"))
              .then()
              .statusCode(200)
              .contentType(ContentType.JSON)
              .extract()
              .as(Map.class);
      assertEquals(created, read, user + " reads the site as created");
    }
    assertEquals(body.get("phone"), created.get("phone"));
  }

  @Test
  void anUnknownSiteIsA404Problem() {
    String unknown = UUID.randomUUID().toString();
    as(DemoUser.TESS_THERAPIST)
        .get("/locations/" + unknown)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/not-found"));
    as(DemoUser.TESS_THERAPIST)
        .queryParams(period(MONDAY_8AM_DENVER, MONDAY_8AM_DENVER.plus(7, ChronoUnit.DAYS)))
        .queryParam("locationId", unknown)
        .get("/duty-shifts")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void theRotaOfASiteIsPagedByStartAndReadsBackAsPosted() {
    UUID site = UUID.fromString((String) createSite(token() + " rota", "America/Denver").get("id"));
    UUID otherSite =
        UUID.fromString((String) createSite(token() + " elsewhere", "America/Denver").get("id"));
    UUID paula = prescriber();
    UUID pat = prescriber();
    List<Map<String, Object>> posted = new ArrayList<>();
    // Three 10-hour shifts on consecutive days, two prescribers; one at another site.
    for (int day = 0; day < 3; day++) {
      Instant starts = MONDAY_8AM_DENVER.plus(day, ChronoUnit.DAYS);
      UUID who = day == 1 ? pat : paula;
      posted.add(shift(site, who, starts, starts.plus(10, ChronoUnit.HOURS)));
    }
    shift(otherSite, paula, MONDAY_8AM_DENVER, MONDAY_8AM_DENVER.plus(10, ChronoUnit.HOURS));

    Map<String, Object> query =
        new HashMap<>(period(MONDAY_8AM_DENVER, MONDAY_8AM_DENVER.plus(7, ChronoUnit.DAYS)));
    query.put("locationId", site);
    List<JsonPath> pages = readAll("/duty-shifts", query, 1);
    assertEquals(3, pages.size());
    List<Map<String, Object>> walked = new ArrayList<>();
    pages.forEach(p -> walked.addAll(p.getList("items")));
    assertEquals(posted, walked, "each shift once, by start, as posted");
    assertNull(pages.get(2).getString("next"));

    // A period that starts inside the second shift and ends inside the third: both overlap it.
    Map<String, Object> middle =
        new HashMap<>(
            period(
                MONDAY_8AM_DENVER.plus(1, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS),
                MONDAY_8AM_DENVER.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)));
    middle.put("locationId", site);
    as(DemoUser.CHRIS_CHAPLAIN)
        .queryParams(middle)
        .get("/duty-shifts")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(posted.get(1).get("id"), posted.get(2).get("id"))))
        .body("items[0].prescriberId", equalTo(pat.toString()))
        .body("next", nullValue());

    // Half-open: a period that starts as the first shift ends does not include it.
    Map<String, Object> after =
        new HashMap<>(
            period(
                MONDAY_8AM_DENVER.plus(10, ChronoUnit.HOURS),
                MONDAY_8AM_DENVER.plus(1, ChronoUnit.DAYS)));
    after.put("locationId", site);
    as(DemoUser.PAULA_PRESCRIBER)
        .queryParams(after)
        .get("/duty-shifts")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void aRotaPeriodBackwardsOrLongerThanAYearIsRefused() {
    UUID site =
        UUID.fromString((String) createSite(token() + " bounds", "America/Denver").get("id"));
    Instant from = MONDAY_8AM_DENVER;
    for (Instant to :
        List.of(from, from.minus(1, ChronoUnit.DAYS), from.plus(367, ChronoUnit.DAYS))) {
      Map<String, Object> query = new HashMap<>(period(from, to));
      query.put("locationId", site);
      as(DemoUser.CORA_COORDINATOR)
          .queryParams(query)
          .get("/duty-shifts")
          .then()
          .statusCode(422)
          .contentType(PROBLEM)
          .body("type", equalTo("https://kapcare.org/problems/invalid-range"));
    }
    Map<String, Object> year = new HashMap<>(period(from, from.plus(366, ChronoUnit.DAYS)));
    year.put("locationId", site);
    as(DemoUser.CORA_COORDINATOR).queryParams(year).get("/duty-shifts").then().statusCode(200);
    // Without a period or a site: 400.
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("locationId", site)
        .get("/duty-shifts")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .queryParams(period(from, from.plus(1, ChronoUnit.DAYS)))
        .get("/duty-shifts")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void aLimitOutOfRangeOrATamperedCursorIsA400Problem() {
    UUID site =
        UUID.fromString((String) createSite(token() + " limits", "America/Denver").get("id"));
    Map<String, Object> rota =
        new HashMap<>(period(MONDAY_8AM_DENVER, MONDAY_8AM_DENVER.plus(7, ChronoUnit.DAYS)));
    rota.put("locationId", site);
    for (Map.Entry<String, Map<String, Object>> list :
        Map.of("/locations", Map.<String, Object>of(), "/duty-shifts", rota).entrySet()) {
      for (Map<String, Object> bad :
          List.<Map<String, Object>>of(
              Map.of("limit", 0),
              Map.of("limit", 201),
              Map.of("cursor", "not-a-cursor"),
              Map.of("cursor", "azF8"),
              // a room's cursor (a name without an id) is not a site's
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
  void clientsAndPartnersCannotReadTheClinicsSetUp() {
    String site = (String) createSite(token() + " private", "America/Denver").get("id");
    Map<String, Object> rota =
        new HashMap<>(period(MONDAY_8AM_DENVER, MONDAY_8AM_DENVER.plus(7, ChronoUnit.DAYS)));
    rota.put("locationId", site);
    Map<String, Map<String, Object>> reads =
        Map.of("/locations", Map.of(), "/locations/" + site, Map.of(), "/duty-shifts", rota);
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
    given().get("/locations").then().statusCode(401).contentType(PROBLEM);
    for (DemoUser user : STAFF) {
      as(user).queryParam("limit", 1).get("/locations").then().statusCode(200);
      as(user).queryParams(rota).get("/duty-shifts").then().statusCode(200);
    }
  }

  /** Follows {@code next} from the first page to the last, {@code limit} items a page. */
  static List<JsonPath> readAll(String path, Map<String, ?> query, int limit) {
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

  private static Map<String, Object> period(Instant from, Instant to) {
    return Map.of("from", from.toString(), "to", to.toString());
  }

  private static Map<String, Object> createSite(String name, String zone) {
    return as(DemoUser.ADAM_ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "timeZone", zone))
        .post("/locations")
        .then()
        .statusCode(201)
        .extract()
        .as(Map.class);
  }

  /** Puts a prescriber on duty; what a read of the rota shows for the shift. */
  private static Map<String, Object> shift(UUID site, UUID prescriber, Instant from, Instant to) {
    String id =
        as(DemoUser.CORA_COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "locationId",
                    site,
                    "prescriberId",
                    prescriber,
                    "starts",
                    from.toString(),
                    "ends",
                    to.toString()))
            .post("/duty-shifts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return Map.of(
        "id",
        id,
        "locationId",
        site.toString(),
        "prescriberId",
        prescriber.toString(),
        "startsAt",
        from.toString(),
        "endsAt",
        to.toString());
  }

  private static UUID prescriber() {
    UUID id = Identities.person("prescriber");
    as(DemoUser.ADAM_ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "personId",
                id,
                "displayName",
                "prescriber " + id,
                "roles",
                List.of("PRESCRIBER"),
                "timeZone",
                "America/Denver"))
        .post("/providers")
        .then()
        .statusCode(201);
    return id;
  }

  /** A word no other test's site names contain. */
  private static String token() {
    return "Dir" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static RequestSpecification as(DemoUser user) {
    return given().header("Authorization", user.bearer());
  }
}
