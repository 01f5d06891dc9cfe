package org.kapcare.records.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Evaluation and eligibility: each rule by name, with the bad inputs that must store nothing. */
@QuarkusTest
class EligibilityRulesTest {

  @Test
  void everyContraindicationMustBeAnswered() {
    UUID client = Charts.withTeam();
    Map<String, Object> screening = Charts.screening();
    screening.remove(Contraindication.KETAMINE_HYPERSENSITIVITY.name());
    screening.remove(Contraindication.RAISED_INTRACRANIAL_PRESSURE.name());
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.evaluation(screening))
        .post("/clients/{c}/evaluations", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("KETAMINE_HYPERSENSITIVITY"))
        .body("detail", containsString("RAISED_INTRACRANIAL_PRESSURE"));
    assertNothingStored(client);
  }

  @Test
  void unknownScreeningItemIsRefused() {
    UUID client = Charts.withTeam();
    Map<String, Object> screening = Charts.screening();
    screening.put("MILD_HEADACHE", false);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.evaluation(screening))
        .post("/clients/{c}/evaluations", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    Map<String, Object> nullAnswer = Charts.screening();
    nullAnswer.put(Contraindication.ADVANCED_LIVER_DISEASE.name(), null);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.evaluation(nullAnswer))
        .post("/clients/{c}/evaluations", client)
        .then()
        .statusCode(400);
    assertNothingStored(client);
  }

  @Test
  void outOfRangeEvaluationVitalsAreRefused() {
    UUID client = Charts.withTeam();
    Map<String, Object> body = new HashMap<>(Charts.evaluation(Charts.screening()));
    body.put("systolic", 400);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(body)
        .post("/clients/{c}/evaluations", client)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("systolic")));
    assertNothingStored(client);
  }

  @Test
  void contraindicationBlocksApprovalWithoutWrittenOverride() {
    UUID client = Charts.withTeam();
    UUID evaluation = Charts.evaluated(client, Contraindication.UNCONTROLLED_HYPERTENSION);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "APPROVED"))
        .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "contraindication-blocks-approval"))
        .body("detail", containsString("UNCONTROLLED_HYPERTENSION"));
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/clients/{c}/evaluations/{e}", client, evaluation)
        .then()
        .body("decision", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void prescriberOverrideWithReasonApprovesDespiteContraindication() {
    UUID client = Charts.withTeam();
    UUID evaluation = Charts.evaluated(client, Contraindication.UNCONTROLLED_HYPERTENSION);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(
            Map.of(
                "decision", "APPROVED",
                "overrideReason", "Hypertension now controlled; 126/80 today"))
        .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
        .then()
        .statusCode(200)
        .body("decision", equalTo("APPROVED"))
        .body("overrideReason", containsString("controlled"));
  }

  @Test
  void approvalExpiresAfterSixMonthsByDefaultAndIsAnnounced() {
    UUID client = Charts.withTeam();
    UUID evaluation = Charts.evaluated(client);
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      String expires =
          as(DemoUser.PAULA_PRESCRIBER)
              .body(Map.of("decision", "APPROVED"))
              .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
              .then()
              .statusCode(200)
              .extract()
              .path("expiresAt");
      Instant expected = Instant.now().atOffset(ZoneOffset.UTC).plusMonths(6).toInstant();
      assertTrue(Duration.between(Instant.parse(expires), expected).abs().toMinutes() < 2);
      var events =
          topic.await(
              TopicReader.event(client.toString(), EligibilityDecided.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals("APPROVED", data.path("decision").asText());
      assertEquals(evaluation.toString(), data.path("evaluationId").asText());
    }
  }

  @Test
  void aDecisionIsFinal() {
    UUID client = Charts.withTeam();
    UUID evaluation = Charts.evaluated(client);
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "NEEDS_INFORMATION", "note", "Awaiting cardiology letter"))
        .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
        .then()
        .statusCode(200)
        .body("expiresAt", org.hamcrest.Matchers.nullValue());
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "APPROVED"))
        .post("/clients/{c}/evaluations/{e}/decision", client, evaluation)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "evaluation-already-decided"));
  }

  @Test
  void onlyTheTeamPrescriberEvaluates() {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST)
        .body(Charts.evaluation(Charts.screening()))
        .post("/clients/{c}/evaluations", client)
        .then()
        .statusCode(403);
    UUID other = Charts.enrolled();
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Charts.evaluation(Charts.screening()))
        .post("/clients/{c}/evaluations", other)
        .then()
        .statusCode(403);
  }

  @Test
  void unknownEvaluationIsNotFound() {
    UUID client = Charts.withTeam();
    as(DemoUser.PAULA_PRESCRIBER)
        .body(Map.of("decision", "APPROVED"))
        .post("/clients/{c}/evaluations/{e}/decision", client, UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  private static void assertNothingStored(UUID client) {
    as(DemoUser.PAULA_PRESCRIBER)
        .get("/clients/{c}/evaluations", client)
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }
}
