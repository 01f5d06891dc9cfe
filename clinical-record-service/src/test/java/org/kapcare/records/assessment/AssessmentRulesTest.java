package org.kapcare.records.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.AssessmentRecorded;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Assessments through the API: the safety flag, the trend, response, remission, review. */
@QuarkusTest
class AssessmentRulesTest {

  private static final UUID KERRY = UUID.fromString(DemoUser.KERRY.id());

  static Map<String, Object> phq9(int... answers) {
    Map<String, Object> body = new HashMap<>();
    body.put("instrument", "PHQ9");
    body.put("answers", java.util.Arrays.stream(answers).boxed().toList());
    return body;
  }

  /** PHQ-9 answers adding up to {@code total} with item 9 at 0. */
  static Map<String, Object> phq9Total(int total) {
    int[] a = new int[9];
    for (int i = 0; i < 8 && total > 0; i++) {
      a[i] = Math.min(3, total);
      total -= a[i];
    }
    return phq9(a);
  }

  @Test
  void phq9Item9AboveZeroAlertsTheTeamWhateverTheTotal() {
    UUID client = Charts.withTeam();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      as(DemoUser.TESS_THERAPIST)
          .body(phq9(0, 0, 0, 0, 0, 0, 0, 0, 1))
          .post("/clients/{c}/assessments", client)
          .then()
          .statusCode(201)
          .body("total", equalTo(1))
          .body("severity", equalTo("minimal"))
          .body("suicideRisk", equalTo(true));
      var events =
          topic.await(
              TopicReader.event(client.toString(), AssessmentRecorded.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertTrue(data.path("suicideRisk").asBoolean());
      assertEquals("PHQ9", data.path("instrument").asText());
    }
  }

  @Test
  void clientSubmitsOwnAssessment() {
    Charts.enroll(KERRY);
    as(DemoUser.KERRY)
        .body(Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 1)))
        .post("/clients/{c}/assessments", KERRY)
        .then()
        .statusCode(201)
        .body("total", equalTo(7))
        .body("severity", equalTo("mild"));
  }

  @Test
  void missingOrOutOfRangeAnswersAreRefusedAndNothingIsStored() {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST)
        .body(phq9(1, 1, 1, 1, 1, 1, 1, 1))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("9 items"));
    as(DemoUser.TESS_THERAPIST)
        .body(phq9(1, 1, 1, 1, 7, 1, 1, 1, 1))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400)
        .body("detail", containsString("item 5"));
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "BDI2", "answers", List.of(1)))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400);
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "GAD7", "answers", List.of("a", 1, 1, 1, 1, 1, 1)))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400);
    as(DemoUser.TESS_THERAPIST)
        .queryParam("instrument", "PHQ9")
        .get("/clients/{c}/assessments", client)
        .then()
        .body("size()", equalTo(0));
  }

  @Test
  void answersAreWholeNumbersNeverTextOrFractions() {
    UUID client = Charts.withTeam();
    List<Object> text = new java.util.ArrayList<>(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));
    text.set(0, "1");
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "PHQ9", "answers", text))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(Charts.PROBLEMS + "malformed-request"))
        .body("detail", equalTo("field 'answers[0]' must be a whole number"));
    List<Object> fraction = new java.util.ArrayList<>(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));
    fraction.set(4, 1.5);
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "PHQ9", "answers", fraction))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(400)
        .body("detail", equalTo("field 'answers[4]' must be a whole number"));
    as(DemoUser.TESS_THERAPIST)
        .queryParam("instrument", "PHQ9")
        .get("/clients/{c}/assessments", client)
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void responseIsAFiftyPercentDropFromTheCourseBaselineAndRemissionIsBelowFive() {
    UUID client = Charts.withTeam();
    submit(client, phq9Total(20), Instant.now().minusSeconds(300));
    var eleven = submit(client, phq9Total(11), Instant.now().minusSeconds(200));
    assertEquals(false, eleven.get("response"));
    assertEquals(-9, eleven.get("changeFromBaseline"));
    var ten = submit(client, phq9Total(10), Instant.now().minusSeconds(100));
    assertEquals(true, ten.get("response"));
    assertEquals(false, ten.get("remission"));
    var four = submit(client, phq9Total(4), Instant.now());
    assertEquals(true, four.get("remission"));
    List<Integer> baselines =
        as(DemoUser.TESS_THERAPIST)
            .queryParam("instrument", "PHQ9")
            .get("/clients/{c}/assessments", client)
            .then()
            .statusCode(200)
            .extract()
            .path("baselineTotal");
    assertEquals(java.util.Arrays.asList(null, 20, 20, 20), baselines);
  }

  @Test
  void noResponseAfterThreeDosingSessionsPromptsAnOutcomeReview() {
    UUID client = Charts.readyForDosing();
    // The course baseline is the first score after the plan was signed.
    submit(client, phq9Total(20), Instant.now());
    Charts.dosingSigned(client);
    Charts.dosingSigned(client);
    var afterTwo = submit(client, phq9Total(16), Instant.now());
    assertEquals(false, afterTwo.get("outcomeReviewDue"));
    Charts.dosingSigned(client);
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      var afterThree = submit(client, phq9Total(15), Instant.now());
      assertEquals(true, afterThree.get("outcomeReviewDue"));
      var events =
          topic.await(
              TopicReader.event(client.toString(), AssessmentRecorded.TYPE),
              1,
              Duration.ofSeconds(20));
      assertTrue(
          TopicReader.json(events.get(0).value())
              .path("data")
              .path("outcomeReviewDue")
              .asBoolean());
    }
    var responded = submit(client, phq9Total(9), Instant.now());
    assertEquals(false, responded.get("outcomeReviewDue"));
  }

  private static Map<String, Object> submit(
      UUID client, Map<String, Object> body, Instant administeredAt) {
    Map<String, Object> b = new HashMap<>(body);
    b.put("administeredAt", administeredAt.toString());
    return as(DemoUser.TESS_THERAPIST)
        .body(b)
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(201)
        .extract()
        .as(Map.class);
  }
}
