package org.kapcare.records.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;

/**
 * A score dated back rewrites the trend and the remission rule: the client dates an assessment
 * within the policy's window only (24 h); staff may enter an earlier one with a reason.
 */
@QuarkusTest
class AssessmentDatingTest {

  private static final List<Integer> MINIMAL = List.of(0, 0, 1, 0, 0, 1, 0, 0, 0);

  private static Map<String, Object> phq9(Instant administeredAt, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("instrument", "PHQ9");
    body.put("answers", MINIMAL);
    body.put("administeredAt", administeredAt.toString());
    if (reason != null) {
      body.put("backdatedReason", reason);
    }
    return body;
  }

  @Test
  void aClientCannotBackdateAnAssessmentBeyondTheWindow() {
    UUID robin = UUID.fromString(DemoUser.ROBIN.id());
    Charts.enroll(robin);
    int before =
        as(DemoUser.ROBIN)
            .queryParam("instrument", "PHQ9")
            .get("/clients/{c}/assessments", robin)
            .then()
            .extract()
            .path("size()");
    as(DemoUser.ROBIN)
        .body(phq9(Instant.parse("2000-01-15T09:00:00Z"), "I did it back then"))
        .post("/clients/{c}/assessments", robin)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "assessment-backdated"));
    as(DemoUser.ROBIN)
        .body(phq9(Instant.now().minus(Duration.ofHours(24)).minusSeconds(60), null))
        .post("/clients/{c}/assessments", robin)
        .then()
        .statusCode(422);
    as(DemoUser.ROBIN)
        .body(phq9(Instant.now().minus(Duration.ofHours(23)), null))
        .post("/clients/{c}/assessments", robin)
        .then()
        .statusCode(201);
    as(DemoUser.ROBIN)
        .queryParam("instrument", "PHQ9")
        .get("/clients/{c}/assessments", robin)
        .then()
        .body("$", hasSize(before + 1));
  }

  @Test
  void staffEnterAnEarlierAssessmentOnlyWithAReason() {
    UUID client = Charts.withTeam();
    Instant intake = Instant.now().minus(Duration.ofDays(10));
    as(DemoUser.TESS_THERAPIST)
        .body(phq9(intake, null))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "assessment-backdated"));
    as(DemoUser.TESS_THERAPIST)
        .body(phq9(intake, "Paper PHQ-9 completed at the intake visit"))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(201);
  }
}
