package org.kapcare.records;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.records.evaluation.Contraindication;
import org.kapcare.testing.DemoUser;

/**
 * Builds charts through the API, each step as the person who would do it, so every test starts from
 * its own client. The team is always tess (therapist, primary), paula (prescriber), nina (nurse)
 * and chris (chaplain); theo is the therapist who is not on it.
 */
public final class Charts {

  public static final String PROBLEM = "application/problem+json";
  public static final String PROBLEMS = "https://kapcare.org/problems/";

  private Charts() {}

  public static RequestSpecification as(DemoUser user) {
    return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
  }

  /** A newly enrolled client (random id). */
  public static UUID enrolled() {
    UUID id = UUID.randomUUID();
    enroll(id);
    return id;
  }

  /** Enrolls {@code id}; a demo client already enrolled by an earlier test is fine. */
  public static void enroll(UUID id) {
    Map<String, Object> body = new HashMap<>();
    body.put("personId", id.toString());
    body.put("givenName", "Test");
    body.put("familyName", "Client");
    body.put("dateOfBirth", "1985-02-03");
    body.put("email", "client-" + id + "@test.kapcare.org");
    body.put("timeZone", "America/Denver");
    body.put("referralSource", "SELF");
    body.put("smsOptIn", false);
    int status = as(DemoUser.CORA_COORDINATOR).body(body).post("/clients").statusCode();
    if (status != 201 && status != 409) {
      throw new IllegalStateException("enrollment answered " + status);
    }
  }

  public static Map<String, Object> team() {
    return Map.of(
        "therapistId", DemoUser.TESS_THERAPIST.id(),
        "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
        "nurseIds", List.of(DemoUser.NINA_NURSE.id()),
        "chaplainId", DemoUser.CHRIS_CHAPLAIN.id(),
        "primaryClinicianId", DemoUser.TESS_THERAPIST.id());
  }

  /** A client with the standard care team. */
  public static UUID withTeam() {
    UUID id = enrolled();
    assignTeam(id);
    return id;
  }

  public static void assignTeam(UUID client) {
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "*")
        .body(team())
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(200);
  }

  public static void consentToKap(UUID client) {
    as(DemoUser.CORA_COORDINATOR)
        .body(
            Map.of(
                "kind", "KAP_TREATMENT",
                "documentVersion", "kap-consent-2026-03",
                "signedAt", Instant.now().minusSeconds(60).toString()))
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(201);
  }

  /** Evidence that the client signed a paper consent form (for consents staff record). */
  public static Map<String, Object> signedPaper() {
    return Map.of(
        "method", "SIGNED_PAPER", "documentReference", "scan/consent-" + UUID.randomUUID());
  }

  /** Screening answers: every item "no" except the ones named. */
  public static Map<String, Object> screening(Contraindication... positive) {
    Map<String, Object> answers = new HashMap<>();
    for (Contraindication c : Contraindication.values()) {
      answers.put(c.name(), List.of(positive).contains(c));
    }
    return answers;
  }

  public static Map<String, Object> evaluation(Map<String, Object> screening) {
    return Map.of(
        "screening", screening,
        "systolic", 126,
        "diastolic", 80,
        "heartRate", 70,
        "weightKg", 70,
        "medications",
            List.of(Map.of("name", "sertraline", "dose", "100 mg", "interactingClass", "NONE")),
        "priorTreatments", "Two SSRI trials");
  }

  /** An evaluation by paula, not yet decided. */
  public static UUID evaluated(UUID client, Contraindication... positive) {
    return UUID.fromString(
        as(DemoUser.PAULA_PRESCRIBER)
            .body(evaluation(screening(positive)))
            .post("/clients/{c}/evaluations", client)
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static UUID approved(UUID client) {
    UUID evaluation = evaluated(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "APPROVED"))
        .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
        .then()
        .statusCode(200);
    return evaluation;
  }

  public static Map<String, Object> ivPlan(UUID evaluation) {
    return Map.of(
        "evaluationId",
        evaluation.toString(),
        "route",
        "IV",
        "doseMgPerKg",
        0.5,
        "weightKg",
        70,
        "dosingSessions",
        6,
        "courseWeeks",
        3,
        "goals",
        List.of(Map.of("text", "Fewer depressive days")));
  }

  /** Team, consent, approved eligibility and a signed IV plan; returns the plan's goal id. */
  public static UUID planned(UUID client) {
    assignTeam(client);
    consentToKap(client);
    UUID evaluation = approved(client);
    return UUID.fromString(
        as(DemoUser.PAULA_PRESCRIBER)
            .body(ivPlan(evaluation))
            .post("/clients/{c}/plans", client)
            .then()
            .statusCode(201)
            .extract()
            .path("goals[0].id"));
  }

  /** A signed preparation marked READY by tess. */
  public static UUID prepared(UUID client, UUID goal) {
    UUID session =
        UUID.fromString(
            as(DemoUser.TESS_THERAPIST)
                .body(
                    Map.of(
                        "intention", "To meet my grief with curiosity",
                        "goalIds", List.of(goal.toString()),
                        "readiness", "READY"))
                .post("/clients/{c}/preparations", client)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    sign(DemoUser.TESS_THERAPIST, client, session);
    return session;
  }

  /** A client ready for dosing: planned and prepared. */
  public static UUID readyForDosing() {
    UUID client = enrolled();
    prepared(client, planned(client));
    return client;
  }

  public static void sign(DemoUser who, UUID client, UUID session) {
    as(who).post("/clients/{c}/sessions/{s}/signature", client, session).then().statusCode(200);
  }

  /** Opens a dosing record as nina. */
  public static UUID dosingDraft(UUID client) {
    return UUID.fromString(
        as(DemoUser.NINA_NURSE)
            .body(Map.of())
            .post("/clients/{c}/dosing-sessions", client)
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static Map<String, Object> checklist(int systolic, int diastolic) {
    Instant now = Instant.now();
    return Map.of(
        "lastSolidsAt",
        now.minus(8, ChronoUnit.HOURS).toString(),
        "lastLiquidsAt",
        now.minus(3, ChronoUnit.HOURS).toString(),
        "escortConfirmed",
        true,
        "baselineSystolic",
        systolic,
        "baselineDiastolic",
        diastolic);
  }

  /** A dosing session in progress: checklist passed, started by nina. */
  public static UUID dosingStarted(UUID client) {
    UUID session = dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .body(checklist(128, 82))
        .put("/clients/{c}/dosing-sessions/{s}/checklist", client, session)
        .then()
        .statusCode(200);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("setting", "Dim light", "music", "Playlist A"))
        .post("/clients/{c}/dosing-sessions/{s}/start", client, session)
        .then()
        .statusCode(200);
    return session;
  }

  public static void vitals(UUID client, UUID session, int sys, int dia, int hr, int spo2) {
    as(DemoUser.NINA_NURSE)
        .body(
            Map.of(
                "measuredAt", Instant.now().toString(),
                "systolic", sys,
                "diastolic", dia,
                "heartRate", hr,
                "spo2", spo2,
                "respiratoryRate", 14))
        .post("/clients/{c}/dosing-sessions/{s}/vitals", client, session)
        .then()
        .statusCode(201);
  }

  /** A whole dosing session, signed: dose, normal vitals, discharge, signature. */
  public static UUID dosingSigned(UUID client) {
    UUID session = dosingStarted(client);
    as(DemoUser.NINA_NURSE)
        .body(
            Map.of(
                "route",
                "IV",
                "doseMg",
                35,
                "lotNumber",
                "KX2611A",
                "startedAt",
                Instant.now().minusSeconds(30).toString()))
        .post("/clients/{c}/dosing-sessions/{s}/doses", client, session)
        .then()
        .statusCode(201);
    vitals(client, session, 130, 84, 76, 97);
    as(DemoUser.NINA_NURSE)
        .body(Map.of("alertAndOriented", true, "escortPresent", true))
        .post("/clients/{c}/dosing-sessions/{s}/discharge", client, session)
        .then()
        .statusCode(200);
    sign(DemoUser.PAULA_PRESCRIBER, client, session);
    return session;
  }

  /** Audit entries for a client as adam reads them, newest first. */
  public static List<Map<String, Object>> audit(UUID client) {
    return as(DemoUser.ADAM_ADMIN)
        .queryParam("clientId", client)
        .queryParam("limit", 200)
        .get("/audit")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  /** Whether the audit log holds an entry matching the given values. */
  public static boolean audited(UUID client, DemoUser actor, String resource, String outcome) {
    return audit(client).stream()
        .anyMatch(
            e ->
                actor.id().equals(e.get("actorId"))
                    && resource.equals(e.get("resource"))
                    && outcome.equals(e.get("outcome")));
  }
}
