package org.kapcare.records.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * The staff's client list ({@code GET /clients}): coordinators and admins find every client,
 * clinicians only their care teams' (and a chart they broke the glass for), clients and partners
 * nobody. Keyset-paged by family name, given name, id; every search audited, its terms never
 * logged. Each test's clients share a family name no other test uses, so searches see only them.
 */
@QuarkusTest
class ClientSearchTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> ITEM_FIELDS =
      Set.of(
          "id",
          "givenName",
          "familyName",
          "preferredName",
          "dateOfBirth",
          "status",
          "primaryClinicianId");

  @Test
  void coordinatorFindsClientsByNamePrefix() {
    String family = uniqueName();
    UUID lane = enroll("Kerry", family + "lane", "1988-04-12");
    UUID other = enroll("Robin", family + "moss", "1990-01-02");

    List<String> found = ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", family)));
    assertEquals(Set.of(lane.toString(), other.toString()), new HashSet<>(found));

    List<String> prefix =
        ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", (family + "la").toUpperCase())));
    assertEquals(List.of(lane.toString()), prefix, "case-insensitive prefix of the family name");
  }

  @Test
  void everyWordOfTheNameMustOccurInTheGivenFamilyOrPreferredName() {
    String family = uniqueName();
    String preferred = uniqueName();
    UUID kerry = enroll("Kerry", family, "1988-04-12", preferred);
    UUID robin = enroll("Robin", family, "1988-04-12", null);

    assertEquals(
        List.of(kerry.toString()),
        ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", "kerr " + family))));
    assertEquals(
        List.of(robin.toString()),
        ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", family.substring(3) + "  OBI"))),
        "words occur anywhere in a name, in any case");
    assertEquals(
        List.of(kerry.toString()),
        ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", preferred.toLowerCase()))),
        "the preferred name is searched too");
    assertEquals(
        List.of(), ids(search(DemoUser.CORA_COORDINATOR, Map.of("name", "dana " + family))));
  }

  @Test
  void coordinatorFindsClientsByExactDateOfBirth() {
    String family = uniqueName();
    UUID april = enroll("Kerry", family, "1988-04-12");
    enroll("Kerry", family, "1988-04-13");

    JsonPath page =
        search(DemoUser.CORA_COORDINATOR, Map.of("name", family, "dateOfBirth", "1988-04-12"));
    assertEquals(List.of(april.toString()), ids(page));
    assertEquals("1988-04-12", page.getString("items[0].dateOfBirth"));
  }

  @Test
  void statusTellsClientsAwaitingACareTeamFromThoseWithOne() {
    String family = uniqueName();
    UUID withTeam = enroll("Kerry", family, "1988-04-12");
    Charts.assignTeam(withTeam);
    UUID waiting = enroll("Robin", family, "1988-04-12");

    JsonPath assigned =
        search(DemoUser.CORA_COORDINATOR, Map.of("name", family, "status", "CARE_TEAM_ASSIGNED"));
    assertEquals(List.of(withTeam.toString()), ids(assigned));
    assertEquals("CARE_TEAM_ASSIGNED", assigned.getString("items[0].status"));
    assertEquals(DemoUser.TESS_THERAPIST.id(), assigned.getString("items[0].primaryClinicianId"));

    JsonPath awaiting =
        search(DemoUser.CORA_COORDINATOR, Map.of("name", family, "status", "AWAITING_CARE_TEAM"));
    assertEquals(List.of(waiting.toString()), ids(awaiting));
    assertNull(awaiting.get("items[0].primaryClinicianId"));
  }

  @Test
  void adminFindsEveryClientOfTheClinic() {
    String family = uniqueName();
    UUID withTeam = enroll("Kerry", family, "1988-04-12");
    Charts.assignTeam(withTeam);
    UUID waiting = enroll("Robin", family, "1988-04-12");

    assertEquals(
        Set.of(withTeam.toString(), waiting.toString()),
        new HashSet<>(ids(search(DemoUser.ADAM_ADMIN, Map.of("name", family)))));
  }

  @Test
  void clinicianSeesOnlyTheirCareTeamsClients() {
    String family = uniqueName();
    UUID ours = enroll("Kerry", family, "1988-04-12");
    Charts.assignTeam(ours);
    UUID theos = enroll("Robin", family, "1988-04-12");
    as(DemoUser.CORA_COORDINATOR)
        .body(
            Map.of(
                "therapistId", DemoUser.THEO_THERAPIST.id(),
                "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
                "primaryClinicianId", DemoUser.THEO_THERAPIST.id()))
        .put("/clients/{c}/care-team", theos)
        .then()
        .statusCode(200);
    enroll("Dana", family, "1988-04-12");

    Map<String, String> query = Map.of("name", family);
    for (DemoUser member :
        List.of(DemoUser.TESS_THERAPIST, DemoUser.NINA_NURSE, DemoUser.CHRIS_CHAPLAIN)) {
      assertEquals(List.of(ours.toString()), ids(search(member, query)), member.username());
    }
    assertEquals(List.of(theos.toString()), ids(search(DemoUser.THEO_THERAPIST, query)));
    assertEquals(
        Set.of(ours.toString(), theos.toString()),
        new HashSet<>(ids(search(DemoUser.PAULA_PRESCRIBER, query))),
        "paula prescribes for both teams, and for no team of the third client");
  }

  @Test
  void clinicianFindsAClientWhoseChartTheyBrokeTheGlassFor() {
    String family = uniqueName();
    UUID client = enroll("Kerry", family, "1988-04-12");
    Charts.assignTeam(client);
    Map<String, String> query = Map.of("name", family);
    assertEquals(List.of(), ids(search(DemoUser.THEO_THERAPIST, query)));

    as(DemoUser.THEO_THERAPIST)
        .body(Map.of("reason", "Client arrived in crisis and their therapist is unreachable today"))
        .post("/clients/{c}/break-glass", client)
        .then()
        .statusCode(201);
    assertEquals(List.of(client.toString()), ids(search(DemoUser.THEO_THERAPIST, query)));
    assertTrue(
        Charts.audit(client).stream()
            .anyMatch(
                e ->
                    DemoUser.THEO_THERAPIST.id().equals(e.get("actorId"))
                        && "client-search".equals(e.get("resource"))
                        && Boolean.TRUE.equals(e.get("breakGlass"))
                        && "ETREAT".equals(e.get("purpose"))),
        "listed under the emergency grant, and audited as such");
    reviewBreakGlass(client);
  }

  @Test
  void clientCannotListClients() {
    String correlation = correlation();
    as(DemoUser.KERRY)
        .header("X-Correlation-Id", correlation)
        .get("/clients")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "forbidden"));
    List<Map<String, Object>> refused = auditOf(DemoUser.KERRY.id(), correlation);
    assertEquals(1, refused.size(), "the refusal is on record: " + refused);
    assertEquals("DENIED", refused.get(0).get("outcome"));
    assertEquals("client-search", refused.get(0).get("resource"));
  }

  @Test
  void partnerCannotListClients() {
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/clients")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "forbidden"));
  }

  @Test
  void anonymousCallerIsUnauthorized() {
    given().get("/clients").then().statusCode(401);
  }

  @Test
  void pagingWalksEveryClientOnce() {
    String family = uniqueName();
    List<UUID> enrolled = new ArrayList<>();
    for (String given : List.of("Emery", "alex", "Casey", "Alex", "Blair")) {
      enrolled.add(enroll(given, family, "1988-04-12"));
    }

    List<String> walked = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> query = new HashMap<>(Map.of("name", family, "limit", 2));
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      JsonPath page = search(DemoUser.CORA_COORDINATOR, query);
      List<String> givenNames = page.getList("items.givenName");
      walked.addAll(page.getList("items.id"));
      sizes.add(givenNames.size());
      cursor = page.getString("next");
    } while (cursor != null && sizes.size() < 10);

    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(5, new HashSet<>(walked).size(), "each client once: " + walked);
    assertEquals(
        enrolled.stream().map(UUID::toString).collect(Collectors.toSet()), new HashSet<>(walked));
    // Ordered by given name case-insensitively (the family name is shared), then by id.
    List<String> alexes =
        Stream.of(enrolled.get(1), enrolled.get(3)).map(UUID::toString).sorted().toList();
    assertEquals(alexes, walked.subList(0, 2));
    assertEquals(
        List.of(enrolled.get(4).toString(), enrolled.get(2).toString(), enrolled.get(0).toString()),
        walked.subList(2, 5));
  }

  @Test
  void limitOutOfRangeIsAProblem() {
    for (int limit : new int[] {0, 201}) {
      as(DemoUser.CORA_COORDINATOR)
          .queryParam("limit", limit)
          .get("/clients")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo(PROBLEMS + "validation"));
    }
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("name", uniqueName())
        .queryParam("limit", 200)
        .get("/clients")
        .then()
        .statusCode(200);
  }

  @Test
  void malformedBirthDateIsAProblem() {
    for (String date : List.of("1988-13-40", "12/04/1988", "1988-04-12T00:00:00Z")) {
      as(DemoUser.CORA_COORDINATOR)
          .queryParam("dateOfBirth", date)
          .get("/clients")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo(PROBLEMS + "malformed-request"));
    }
  }

  @Test
  void unknownStatusOverlongOrControlCharacterNameAndTamperedCursorAreProblems() {
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("status", "DISCHARGED")
        .get("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("name", "a".repeat(101))
        .get("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "validation"));
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("name", "lan\u0000e")
        .get("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "validation"));
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("2026-11-20T16:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    as(DemoUser.CORA_COORDINATOR)
        .queryParam("cursor", forged)
        .get("/clients")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("title", equalTo("Malformed cursor"));
  }

  @Test
  void itemsCarryWhoTheClientIsAndNothingMore() {
    String family = uniqueName();
    UUID client = enroll("Kerry", family, "1988-04-12");
    Charts.assignTeam(client);
    JsonPath page = search(DemoUser.TESS_THERAPIST, Map.of("name", family));
    Map<String, Object> item = page.getMap("items[0]");
    assertTrue(ITEM_FIELDS.containsAll(item.keySet()), "only list fields: " + item.keySet());
    assertEquals(client.toString(), item.get("id"));
    assertEquals("Kerry", item.get("givenName"));
    assertEquals(family, item.get("familyName"));
    assertFalse(item.containsKey("email"));
  }

  @Test
  void everySearchIsAudited() {
    String family = uniqueName();
    UUID first = enroll("Kerry", family, "1988-04-12");
    UUID second = enroll("Robin", family, "1988-04-12");
    UUID notFound = enroll("Dana", uniqueName(), "1988-04-12");

    String correlation = correlation();
    as(DemoUser.CORA_COORDINATOR)
        .header("X-Correlation-Id", correlation)
        .queryParam("name", family)
        .get("/clients")
        .then()
        .statusCode(200);
    List<Map<String, Object>> entries = auditOf(DemoUser.CORA_COORDINATOR.id(), correlation);
    assertEquals(3, entries.size(), "the search and each client it answered: " + entries);
    for (Map<String, Object> e : entries) {
      assertEquals("client-search", e.get("resource"));
      assertEquals("READ", e.get("action"));
      assertEquals("ALLOWED", e.get("outcome"));
      assertEquals("coordinator", e.get("actorRole"));
      assertEquals("HOPERAT", e.get("purpose"));
    }
    Set<Object> clients = new HashSet<>();
    entries.forEach(e -> clients.add(e.get("clientId")));
    Set<Object> expected = new HashSet<>();
    expected.add(null);
    expected.add(first.toString());
    expected.add(second.toString());
    assertEquals(expected, clients, "who searched, and which clients were answered");
    assertTrue(Charts.audited(first, DemoUser.CORA_COORDINATOR, "client-search", "ALLOWED"));
    assertFalse(Charts.audited(notFound, DemoUser.CORA_COORDINATOR, "client-search", "ALLOWED"));

    String empty = correlation();
    as(DemoUser.TESS_THERAPIST)
        .header("X-Correlation-Id", empty)
        .queryParam("name", uniqueName())
        .get("/clients")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", nullValue());
    List<Map<String, Object>> nobody = auditOf(DemoUser.TESS_THERAPIST.id(), empty);
    assertEquals(1, nobody.size(), "a search that finds nobody is on record: " + nobody);
    assertNull(nobody.get(0).get("clientId"));
    assertEquals("therapist", nobody.get(0).get("actorRole"));
    assertEquals("TREAT", nobody.get(0).get("purpose"));
  }

  @Test
  void searchTermsNeverReachTheLog() {
    String secret = uniqueName();
    enroll("Kerry", secret, "1988-04-12");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
              for (Object p : record.getParameters()) {
                lines.add(String.valueOf(p));
              }
            }
            if (record.getThrown() != null) {
              lines.add(String.valueOf(record.getThrown()));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      search(DemoUser.CORA_COORDINATOR, Map.of("name", secret, "dateOfBirth", "1988-04-12"));
      as(DemoUser.KERRY).queryParam("name", secret).get("/clients").then().statusCode(403);
      as(DemoUser.CORA_COORDINATOR)
          .queryParam("name", secret)
          .queryParam("limit", 0)
          .get("/clients")
          .then()
          .statusCode(400);
      as(DemoUser.CORA_COORDINATOR)
          .queryParam("name", secret)
          .queryParam("dateOfBirth", "not-" + secret)
          .get("/clients")
          .then()
          .statusCode(400);
      // The handler sees what the application logs (so the check below is not vacuous).
      org.jboss.logging.Logger.getLogger(ClientService.class).warn("client-search-log-canary");
    } finally {
      root.removeHandler(capture);
    }
    assertTrue(lines.contains("client-search-log-canary"), "the log was captured: " + lines);
    String lower = secret.toLowerCase();
    for (String line : lines) {
      assertFalse(line.toLowerCase().contains(lower), "a search term was logged: " + line);
    }
  }

  // --- helpers

  private static UUID enroll(String given, String family, String dateOfBirth) {
    return enroll(given, family, dateOfBirth, null);
  }

  private static UUID enroll(String given, String family, String dateOfBirth, String preferred) {
    UUID id = UUID.randomUUID();
    Map<String, Object> body = Enrollments.of(id);
    body.put("givenName", given);
    body.put("familyName", family);
    body.put("dateOfBirth", dateOfBirth);
    if (preferred != null) {
      body.put("preferredName", preferred);
    }
    as(DemoUser.CORA_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/clients")
        .then()
        .statusCode(201);
    return id;
  }

  /** A name of letters no other test's client has (so a search sees only this test's clients). */
  private static String uniqueName() {
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 11; i++) {
      name.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return name.toString();
  }

  private static String correlation() {
    return "client-search-" + UUID.randomUUID();
  }

  private static JsonPath search(DemoUser who, Map<String, ?> query) {
    Response response = as(who).queryParams(query).get("/clients");
    response.then().statusCode(200).contentType(ContentType.JSON);
    return response.jsonPath();
  }

  private static List<String> ids(JsonPath page) {
    return page.getList("items.id");
  }

  /**
   * The audit entries one actor left in one request (by its correlation id), as adam reads them.
   */
  private static List<Map<String, Object>> auditOf(String actorId, String correlation) {
    List<Map<String, Object>> items =
        as(DemoUser.ADAM_ADMIN)
            .queryParam("actorId", actorId)
            .queryParam("limit", 200)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream().filter(e -> correlation.equals(e.get("correlationId"))).toList();
  }

  /** Closes the review of the break-the-glass use this test opened, so no use is left open. */
  private static void reviewBreakGlass(UUID client) {
    List<Map<String, Object>> open =
        as(DemoUser.ADAM_ADMIN)
            .queryParam("limit", 200)
            .get("/break-glass-reviews")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    open.stream()
        .filter(u -> client.toString().equals(u.get("clientId")))
        .forEach(
            u ->
                as(DemoUser.ADAM_ADMIN)
                    .body(
                        Map.of(
                            "outcome",
                            "JUSTIFIED",
                            "note",
                            "Test of the client list under an emergency grant"))
                    .post("/break-glass-reviews/{g}", u.get("grantId"))
                    .then()
                    .statusCode(200));
  }
}
