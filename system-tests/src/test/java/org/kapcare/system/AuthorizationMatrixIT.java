package org.kapcare.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Http;
import org.kapcare.testing.Tokens;

/**
 * Runs docs/security/authorization-matrix.csv: every operation × caller through the gateway with
 * real tokens against one fully built chart; and fails when a service's OpenAPI document has an
 * operation the matrix does not list.
 */
class AuthorizationMatrixIT {

  private static final Map<String, String> ROUTES =
      Map.of(
          "records", "/api/records",
          "scheduling", "/api/scheduling",
          "notifications", "/api/notifications",
          "gateway", "");
  private static final Map<String, String> DOCUMENTS =
      Map.of(
          "records", "http://127.0.0.1:8082/q/openapi?format=json",
          "scheduling", "http://127.0.0.1:8081/q/openapi?format=json",
          "notifications", "http://127.0.0.1:8083/q/openapi?format=json",
          "gateway", Platform.GATEWAY_MANAGEMENT + "/q/openapi?format=json");

  /** Query parameters an operation requires. */
  private static final Map<String, String> QUERIES = new HashMap<>();

  private static final Map<String, Object> IDS = new HashMap<>();
  private static UUID dosingSession;
  private static String selfUser;
  private static List<String[]> rows;
  private static String[] callers;

  @BeforeAll
  static void chart() throws Exception {
    Platform.awaitConsumersCaughtUp(java.time.Duration.ofMinutes(5));
    List<String> lines =
        Files.readAllLines(Platform.ROOT.resolve("docs/security/authorization-matrix.csv")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    callers = lines.get(0).split(",");
    rows = lines.stream().skip(1).map(l -> l.split(",")).toList();

    String run = Long.toString(System.currentTimeMillis(), 36);
    selfUser = "mkerry-" + run;
    UUID client = Keycloak.newClient(selfUser, "Matrix", "Client" + run);
    IDS.put("clientId", client);
    as(DemoUser.CORA_COORDINATOR)
        .body(
            Map.of(
                "personId", client.toString(),
                "givenName", "Matrix",
                "familyName", "Client",
                "dateOfBirth", "1990-05-05",
                "email", selfUser + "@journey.kapcare.org",
                "timeZone", "America/Denver",
                "referralSource", "SELF",
                "smsOptIn", false))
        .post("/api/records/clients")
        .then()
        .statusCode(201);
    as(DemoUser.CORA_COORDINATOR)
        .body(team())
        .put("/api/records/clients/{c}/care-team", client)
        .then()
        .statusCode(200);
    schedulingSite(client, run);
    consent(client, Map.of("kind", "KAP_TREATMENT", "documentVersion", "kap-consent-2026-03"));
    consent(
        client,
        Map.of(
            "kind",
            "PARTNER_SHARE",
            "partnerId",
            "partner-clinic",
            "scope",
            List.of("DEMOGRAPHICS", "ASSESSMENTS", "CARE_PLAN", "ENCOUNTERS", "VITALS")));
    IDS.put("consentId", consent(client, Map.of("kind", "SMS")));
    // No such use: the admin's review is answered 404 (allowed), everyone else's 403.
    IDS.put("grantId", UUID.randomUUID());
    Map<String, Object> evaluation = evaluation();
    UUID approved = created(as(DemoUser.PAULA_PRESCRIBER).body(evaluation), "/evaluations");
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "APPROVED"))
        .post("/api/records/clients/{c}/evaluations/{e}/decision", client, approved)
        .then()
        .statusCode(200);
    IDS.put("approvedEvaluationId", approved);
    IDS.put(
        "evaluationId", created(as(DemoUser.PAULA_PRESCRIBER).body(evaluation), "/evaluations"));
    io.restassured.response.Response signed =
        as(DemoUser.PAULA_PRESCRIBER).body(plan()).post("/api/records/clients/{c}/plans", client);
    signed.then().statusCode(201);
    IDS.put("planId", UUID.fromString(signed.path("id")));
    UUID goal = UUID.fromString(signed.path("goals[0].id"));
    IDS.put("goalId", goal);
    schedulingBookings(client);
    IDS.put(
        "sessionId",
        created(
            as(DemoUser.TESS_THERAPIST)
                .body(
                    Map.of(
                        "intention", "Matrix intention",
                        "goalIds", List.of(goal.toString()),
                        "readiness", "READY")),
            "/preparations"));
    dosingSession = created(as(DemoUser.NINA_NURSE).body(Map.of()), "/dosing-sessions");
    IDS.put(
        "assessmentId",
        created(
            as(DemoUser.TESS_THERAPIST)
                .body(Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 1))),
            "/assessments"));
    IDS.put(
        "noteId",
        created(
            as(DemoUser.CHRIS_CHAPLAIN).body(Map.of("kind", "PROGRESS", "body", "Visit")),
            "/notes"));
    notificationsOf(client);
    IDS.put(
        "referralId",
        UUID.fromString(
            caller("partner")
                .body(referral())
                .post("/api/records/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id")));
  }

  /** A partner's referral of a new person (unique e-mail, so accepting it enrolls them). */
  private static Map<String, Object> referral() {
    return Map.of(
        "person",
        Map.of(
            "givenName", "Matrix",
            "familyName", "Referral",
            "dateOfBirth", "1985-02-03",
            "email", "referral-" + UUID.randomUUID() + "@journey.kapcare.org",
            "timeZone", "America/Denver"),
        "referringClinician",
        Map.of("name", "Dr. Matrix", "contact", "+15035550100"),
        "reason",
        "Matrix referral",
        "urgency",
        "ROUTINE");
  }

  /** The client's welcome: an inbox item of theirs and a delivery about them. */
  private static void notificationsOf(UUID client) {
    IDS.put("personId", client);
    QUERIES.put("/deliveries", "?clientId=" + client);
    Propagation.await(
        "ClientEnrolled → welcome in the client's inbox",
        java.time.Duration.ofSeconds(30),
        () -> {
          List<String> welcome =
              caller("self")
                  .get("/api/notifications/inbox")
                  .path("items.findAll { it.kind == 'WELCOME' }.id");
          welcome.stream().findFirst().ifPresent(id -> IDS.put("itemId", id));
          return !welcome.isEmpty();
        });
    Propagation.await(
        "CareTeamAssigned → the team sees the client's deliveries",
        java.time.Duration.ofSeconds(30),
        () -> {
          io.restassured.response.Response r =
              caller("therapist").get("/api/notifications/deliveries?clientId=" + client);
          List<String> ids = r.statusCode() == 200 ? r.path("items.id") : List.of();
          ids.stream().findFirst().ifPresent(id -> IDS.put("deliveryId", id));
          return !ids.isEmpty();
        });
  }

  @Test
  void everyCellOfTheMatrixHolds() throws Exception {
    Map<String, JsonNode> documents = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int cells = 0;
    for (String[] row : rows) {
      String service = row[0];
      String method = row[1];
      String template = row[2];
      JsonNode document = documents.computeIfAbsent(service, AuthorizationMatrixIT::document);
      for (int i = 3; i < callers.length; i++) {
        String expected = row[i];
        Map<String, Object> body = body(method + " " + template);
        if (body == null) {
          body = plausible(document, template, method.toLowerCase());
        }
        RequestSpecification request = caller(callers[i]).body(body == null ? Map.of() : body);
        String path = ROUTES.get(service) + fill(template) + QUERIES.getOrDefault(template, "");
        int status =
            template.endsWith("/stream")
                ? streamStatus(callers[i], path)
                : request.request(method, path).statusCode();
        cells++;
        boolean holds =
            switch (expected) {
              case "A" -> status != 401 && status != 403 && status < 500;
              case "D" -> status == 403;
              default -> status == Integer.parseInt(expected);
            };
        if (!holds) {
          failures.add(
              method
                  + " "
                  + template
                  + " as "
                  + callers[i]
                  + ": expected "
                  + expected
                  + ", got "
                  + status);
        }
      }
    }
    System.out.println(
        "authorization matrix: " + cells + " cells, " + failures.size() + " failures");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void everyOperationOfEveryListedServiceIsInTheMatrix() {
    Set<String> listed = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    for (String[] row : rows) {
      services.add(row[0]);
      listed.add(row[0] + " " + row[1] + " " + row[2]);
    }
    List<String> missing = new ArrayList<>();
    for (String service : services) {
      Iterator<Map.Entry<String, JsonNode>> paths = document(service).path("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        path.getValue()
            .fieldNames()
            .forEachRemaining(
                m -> {
                  if (List.of("get", "post", "put", "patch", "delete").contains(m)
                      && !listed.contains(service + " " + m.toUpperCase() + " " + path.getKey())) {
                    missing.add(service + " " + m.toUpperCase() + " " + path.getKey());
                  }
                });
      }
    }
    assertTrue(missing.isEmpty(), "operations missing from the matrix: " + missing);
  }

  /**
   * A site with rooms where tess works, so that scheduling can book and propose the course here.
   */
  private static void schedulingSite(UUID client, String run) {
    UUID location =
        UUID.fromString(
            as(DemoUser.CORA_COORDINATOR)
                .body(Map.of("name", "Matrix clinic " + run, "timeZone", "America/Denver"))
                .post("/api/scheduling/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    IDS.put("locationId", location);
    // A course is held only where a room fits its route (CoursePlanner): a dosing room, a therapy
    // room.
    for (Map<String, Object> room :
        List.<Map<String, Object>>of(
            Map.of(
                "name",
                "Cedar",
                "equipment",
                List.of("recliner", "vitals-monitor", "music-system")),
            Map.of("name", "Juniper", "equipment", List.of()))) {
      as(DemoUser.CORA_COORDINATOR)
          .body(room)
          .post("/api/scheduling/locations/{l}/rooms", location)
          .then()
          .statusCode(201);
    }
    for (DemoUser provider : List.of(DemoUser.TESS_THERAPIST, DemoUser.PAULA_PRESCRIBER)) {
      as(DemoUser.CORA_COORDINATOR)
          .body(
              Map.of(
                  "personId", provider.id(),
                  "displayName", provider.username(),
                  "roles",
                      List.of(provider == DemoUser.TESS_THERAPIST ? "THERAPIST" : "PRESCRIBER"),
                  "timeZone", "America/Denver"))
          .post("/api/scheduling/providers")
          .then()
          .statusCode(
              org.hamcrest.Matchers.anyOf(
                  org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(409)));
    }
    as(DemoUser.CORA_COORDINATOR)
        .body(weeklyHours(location))
        .put("/api/scheduling/providers/{p}/working-hours", DemoUser.TESS_THERAPIST.id())
        .then()
        .statusCode(200);
    IDS.put("providerId", DemoUser.TESS_THERAPIST.id());
    IDS.put("code", "follow-up");
    Propagation.await(
        "CareTeamAssigned → scheduling",
        java.time.Duration.ofSeconds(30),
        () ->
            DemoUser.TESS_THERAPIST
                .id()
                .equals(
                    as(DemoUser.CORA_COORDINATOR)
                        .get("/api/scheduling/clients/{c}", client)
                        .path("therapistId")));
  }

  /** An appointment, a waitlist entry, a feed and the proposed course to act on. */
  private static void schedulingBookings(UUID client) {
    // The course planner holds the therapist's first free times for the plan signed above: wait for
    // it, or it may take the slot found below between the search and the booking (409).
    Propagation.await(
        "TreatmentPlanApproved → course proposed",
        java.time.Duration.ofSeconds(30),
        () -> {
          List<?> items =
              as(DemoUser.CORA_COORDINATOR)
                  .get("/api/scheduling/courses/{p}", IDS.get("planId"))
                  .path("items");
          return items != null && !items.isEmpty();
        });
    String from = Instant.now().plusSeconds(2 * 86_400).toString();
    String slots =
        "?type=preparation&clientId="
            + client
            + "&locationId="
            + IDS.get("locationId")
            + "&from="
            + from
            + "&limit=5";
    QUERIES.put("/clients/{clientId}/assessments", "?instrument=GAD7");
    QUERIES.put("/slots", slots);
    QUERIES.put(
        "/appointments",
        "?clientId="
            + client
            + "&from="
            + Instant.now()
            + "&to="
            + Instant.now().plusSeconds(60L * 86_400));
    QUERIES.put("/waitlist", "?clientId=" + client);
    QUERIES.put(
        "/fhir/Slot",
        "?schedule=Schedule/"
            + DemoUser.TESS_THERAPIST.id()
            + "&start=ge"
            + from
            + "&start=lt"
            + Instant.now().plusSeconds(9 * 86_400));
    List<String> starts =
        as(DemoUser.CORA_COORDINATOR)
            .get("/api/scheduling/slots" + slots)
            .then()
            .statusCode(200)
            .extract()
            .path("startsAt");
    IDS.put("slots", starts);
    IDS.put(
        "id",
        UUID.fromString(
            as(DemoUser.CORA_COORDINATOR)
                .body(preparation(client, starts.get(0)))
                .post("/api/scheduling/appointments")
                .then()
                .statusCode(201)
                .extract()
                .path("id")));
    IDS.put(
        "entryId",
        UUID.fromString(
            as(DemoUser.CORA_COORDINATOR)
                .body(
                    Map.of(
                        "clientId", client.toString(),
                        "typeCode", "preparation",
                        "locationId", IDS.get("locationId").toString()))
                .post("/api/scheduling/waitlist")
                .then()
                .statusCode(201)
                .extract()
                .path("id")));
    String url =
        as(DemoUser.CORA_COORDINATOR)
            .body(Map.of("owner", "CLIENT", "ownerId", client.toString()))
            .post("/api/scheduling/calendar-feeds")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    IDS.put("token", url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length()));
  }

  private static Map<String, Object> preparation(UUID client, String startsAt) {
    return Map.of(
        "typeCode", "preparation",
        "clientId", client.toString(),
        "locationId", IDS.get("locationId").toString(),
        "startsAt", startsAt,
        "providerIds", List.of(DemoUser.TESS_THERAPIST.id()));
  }

  private static Map<String, Object> weeklyHours(Object location) {
    List<Map<String, String>> weekly = new ArrayList<>();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      weekly.add(Map.of("day", day.name(), "starts", "07:00", "ends", "21:00"));
    }
    return Map.of("locationId", location.toString(), "weekly", weekly);
  }

  /**
   * A valid body for each operation that takes one, so that a refusal can only be the access policy
   * (a service validates a body's shape before it looks at who is asking).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(String operation) {
    String now = Instant.now().toString();
    return switch (operation) {
      case "POST /clients" ->
          Map.of(
              "personId", UUID.randomUUID().toString(),
              "givenName", "Matrix",
              "familyName", "Other",
              "dateOfBirth", "1990-05-05",
              "email", UUID.randomUUID() + "@journey.kapcare.org",
              "timeZone", "America/Denver",
              "referralSource", "SELF",
              "smsOptIn", false);
      case "PUT /clients/{clientId}/care-team" -> team();
      case "POST /clients/{clientId}/consents" ->
          Map.of("kind", "SMS", "signedAt", Instant.now().minusSeconds(5).toString());
      case "POST /clients/{clientId}/evaluations" -> evaluation();
      case "POST /clients/{clientId}/evaluations/{evaluationId}/decision" ->
          Map.of("decision", "NEEDS_INFORMATION");
      case "POST /clients/{clientId}/plans" -> plan();
      case "POST /clients/{clientId}/preparations" ->
          Map.of(
              "intention", "Matrix intention",
              "goalIds", List.of(IDS.get("goalId").toString()),
              "readiness", "READY");
      case "POST /clients/{clientId}/integrations" ->
          Map.of(
              "dosingSessionId",
              dosingSession.toString(),
              "insights",
              "Matrix insights",
              "progress",
              "SOME",
              "prescriberReview",
              false);
      case "PUT /clients/{clientId}/dosing-sessions/{sessionId}/checklist" ->
          Map.of(
              "lastSolidsAt",
              Instant.now().minusSeconds(6 * 3600).toString(),
              "lastLiquidsAt",
              Instant.now().minusSeconds(3600).toString(),
              "escortConfirmed",
              true,
              "baselineSystolic",
              124,
              "baselineDiastolic",
              80);
      case "POST /clients/{clientId}/dosing-sessions/{sessionId}/start" -> Map.of();
      case "POST /clients/{clientId}/dosing-sessions/{sessionId}/doses" ->
          Map.of("route", "SUBLINGUAL", "doseMg", 200, "lotNumber", "M-1", "startedAt", now);
      case "POST /clients/{clientId}/dosing-sessions/{sessionId}/vitals" ->
          Map.of("measuredAt", now, "systolic", 120);
      case "POST /clients/{clientId}/dosing-sessions/{sessionId}/checks" ->
          Map.of("kind", "DISSOCIATION", "score", 1, "observedAt", now);
      case "POST /clients/{clientId}/dosing-sessions/{sessionId}/discharge" ->
          Map.of("alertAndOriented", true, "escortPresent", true);
      case "POST /clients/{clientId}/assessments" ->
          Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 1));
      case "POST /clients/{clientId}/notes" -> Map.of("kind", "PROGRESS", "body", "Matrix note");
      case "POST /clients/{clientId}/notes/{noteId}/amendments" ->
          Map.of("body", "Matrix note, corrected", "reason", "Matrix correction");
      case "POST /clients/{clientId}/handoffs" ->
          Map.of(
              "body", "Matrix handoff", "recipientRoles", List.of("nurse"), "priority", "ROUTINE");
      case "PUT /clients/{clientId}/preferred-times" ->
          Map.of("preferredStart", "09:00", "preferredEnd", "17:00");
      case "POST /appointments" ->
          preparation((UUID) IDS.get("clientId"), ((List<String>) IDS.get("slots")).get(1));
      case "POST /appointments/{id}/reschedule" ->
          Map.of("startsAt", ((List<String>) IDS.get("slots")).get(2));
      case "POST /appointments/{id}/clients" -> Map.of("clientId", IDS.get("clientId").toString());
      case "POST /appointments/{id}/cancel" -> Map.of("reason", "OTHER", "note", "Matrix");
      case "POST /waitlist" ->
          Map.of(
              "clientId", IDS.get("clientId").toString(),
              "typeCode", "preparation",
              "locationId", IDS.get("locationId").toString());
      case "POST /calendar-feeds" ->
          Map.of("owner", "CLIENT", "ownerId", IDS.get("clientId").toString());
      case "POST /locations" ->
          Map.of("name", "Matrix " + UUID.randomUUID(), "timeZone", "America/Denver");
      case "POST /locations/{locationId}/rooms" ->
          Map.of("name", "Room " + UUID.randomUUID(), "equipment", List.of("recliner"));
      case "POST /duty-shifts" -> {
        Instant start = Instant.now().plusSeconds(400L * 86_400 + (long) (Math.random() * 1e7));
        yield Map.of(
            "locationId", IDS.get("locationId").toString(),
            "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
            "starts", start.toString(),
            "ends", start.plusSeconds(3600).toString());
      }
      case "POST /providers" ->
          Map.of(
              "personId",
              UUID.randomUUID().toString(),
              "displayName",
              "Matrix provider",
              "roles",
              List.of("THERAPIST"),
              "email",
              UUID.randomUUID() + "@journey.kapcare.org",
              "timeZone",
              "America/Denver");
      case "PUT /providers/{providerId}/working-hours" -> weeklyHours(IDS.get("locationId"));
      case "POST /providers/{providerId}/exceptions" -> {
        Instant start = Instant.now().plusSeconds(500L * 86_400);
        yield Map.of(
            "kind",
            "TIME_OFF",
            "starts",
            start.toString(),
            "ends",
            start.plusSeconds(3600).toString());
      }
      case "PUT /recipients/{personId}/preferences" ->
          Map.of(
              "timeZone", "America/Denver",
              "language", "en",
              "quietHoursStart", "21:00",
              "quietHoursEnd", "07:30");
      case "POST /referrals" -> referral();
      case "POST /referrals/{referralId}/acceptance" ->
          Map.of("personId", UUID.randomUUID().toString());
      case "POST /referrals/{referralId}/decline" -> Map.of("reason", "Matrix decline");
      case "POST /clients/{clientId}/break-glass" ->
          Map.of("reason", "Client in crisis at the front desk");
      default -> null;
    };
  }

  private static Map<String, Object> team() {
    return Map.of(
        "therapistId", DemoUser.TESS_THERAPIST.id(),
        "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
        "nurseIds", List.of(DemoUser.NINA_NURSE.id()),
        "chaplainId", DemoUser.CHRIS_CHAPLAIN.id(),
        "primaryClinicianId", DemoUser.TESS_THERAPIST.id());
  }

  private static Map<String, Object> evaluation() {
    Map<String, Object> screening = Platform.noContraindications();
    return Map.of(
        "screening", screening,
        "systolic", 124,
        "diastolic", 80,
        "heartRate", 68,
        "weightKg", 64,
        "medications", List.of());
  }

  private static Map<String, Object> plan() {
    return Map.of(
        "evaluationId",
        IDS.get("approvedEvaluationId").toString(),
        "route",
        "SUBLINGUAL",
        "doseMg",
        200,
        "dosingSessions",
        6,
        "courseWeeks",
        3,
        "goals",
        List.of(Map.of("text", "Fewer depressive days")));
  }

  private static String fill(String template) {
    String path = template;
    if (template.contains("/dosing-sessions/")) {
      path = path.replace("{sessionId}", dosingSession.toString());
    }
    for (Map.Entry<String, Object> id : IDS.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue().toString());
    }
    return path;
  }

  private static RequestSpecification caller(String who) {
    return given()
        .baseUri(Platform.GATEWAY)
        .header("Authorization", "Bearer " + tokenOf(who))
        .header("If-Match", "*")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON);
  }

  private static String tokenOf(String who) {
    return switch (who) {
      case "self" -> Keycloak.token(selfUser);
      case "other" -> Tokens.of(DemoUser.ROBIN);
      case "therapist" -> Tokens.of(DemoUser.TESS_THERAPIST);
      case "therapist-off" -> Tokens.of(DemoUser.THEO_THERAPIST);
      case "prescriber" -> Tokens.of(DemoUser.PAULA_PRESCRIBER);
      case "nurse" -> Tokens.of(DemoUser.NINA_NURSE);
      case "chaplain" -> Tokens.of(DemoUser.CHRIS_CHAPLAIN);
      case "coordinator" -> Tokens.of(DemoUser.CORA_COORDINATOR);
      case "admin" -> Tokens.of(DemoUser.ADAM_ADMIN);
      case "partner" -> Tokens.partnerClinic();
      default -> throw new IllegalArgumentException("unknown caller " + who);
    };
  }

  /** The status of a server-sent event stream, read as soon as its headers arrive. */
  private static int streamStatus(String who, String path) throws Exception {
    HttpResponse<java.io.InputStream> response =
        Http.eventStream(URI.create(Platform.GATEWAY + path), "Bearer " + tokenOf(who));
    response.body().close();
    return response.statusCode();
  }

  private static RequestSpecification as(DemoUser user) {
    return Platform.as(user).contentType(ContentType.JSON);
  }

  private static UUID consent(UUID client, Map<String, Object> consent) {
    Map<String, Object> body = new HashMap<>(consent);
    body.put("signedAt", Instant.now().minusSeconds(60).toString());
    // Staff record a partner-sharing consent only with evidence of the client's own act.
    body.put("evidence", Map.of("method", "SIGNED_PAPER", "documentReference", "matrix/consent"));
    return created(as(DemoUser.CORA_COORDINATOR).body(body), "/consents");
  }

  private static UUID created(RequestSpecification request, String under) {
    return UUID.fromString(
        request
            .post("/api/records/clients/" + IDS.get("clientId") + under)
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** A request body from the operation's schema and examples, or null when it takes none. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> plausible(JsonNode document, String path, String method) {
    JsonNode schema =
        document
            .path("paths")
            .path(path)
            .path(method)
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("schema");
    if (schema.isMissingNode()) {
      return null;
    }
    JsonNode value = new ApiFuzzer("", document, Map.of()).plausible(schema);
    return value.isObject() ? new ObjectMapper().convertValue(value, Map.class) : Map.of();
  }

  private static JsonNode document(String service) {
    try {
      String json =
          Http.client()
              .send(
                  HttpRequest.newBuilder(URI.create(DOCUMENTS.get(service))).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("no OpenAPI document for " + service, e);
    }
  }
}
