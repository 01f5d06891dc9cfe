package org.kapcare.records.summary;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;

/**
 * The chart summary is a composite view: each part shows only what its own endpoint would show the
 * caller, so it never leaks what the detailed endpoints refuse.
 */
@QuarkusTest
class ChartSummaryFieldRulesTest {

  /** A client with an approved plan, a signed dosing session (vitals, dose) and a PHQ-9. */
  private static UUID treatedClient() {
    UUID client = Charts.readyForDosing();
    Charts.dosingSigned(client);
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "PHQ9", "answers", List.of(2, 2, 1, 2, 1, 1, 2, 1, 1)))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(201);
    return client;
  }

  @Test
  void theChaplainSeesNoScoresVitalsDoseOrEligibilityInTheSummary() {
    UUID client = treatedClient();
    as(DemoUser.CHRIS_CHAPLAIN)
        .queryParam("instrument", "PHQ9")
        .get("/clients/{c}/assessments", client)
        .then()
        .statusCode(403);
    as(DemoUser.CHRIS_CHAPLAIN)
        .get("/clients/{c}/summary", client)
        .then()
        .statusCode(200)
        .body("client.id", org.hamcrest.Matchers.equalTo(client.toString()))
        .body("careTeam", notNullValue())
        .body("openHandoffs", notNullValue())
        .body("assessments", nullValue())
        .body("lastVitals", nullValue())
        .body("course", nullValue())
        .body("eligibility", nullValue())
        .body("withheld", containsInAnyOrder("eligibility", "course", "lastVitals", "assessments"));
  }

  @Test
  void theCareTeamClinicianSeesEveryPartOfTheSummary() {
    UUID client = treatedClient();
    as(DemoUser.TESS_THERAPIST)
        .get("/clients/{c}/summary", client)
        .then()
        .statusCode(200)
        .body("assessments[0].suicideRisk", org.hamcrest.Matchers.equalTo(true))
        .body("lastVitals", notNullValue())
        .body("course.doseMg", notNullValue())
        .body("eligibility", notNullValue())
        .body("withheld", empty());
  }

  @Test
  void theClientSeesTheirCourseAndScoresButNotWhatTheirEndpointsRefuseThem() {
    UUID client = Charts.enrolled();
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/summary", client).then().statusCode(403);
    UUID robin = UUID.fromString(DemoUser.ROBIN.id());
    Charts.enroll(robin);
    as(DemoUser.ROBIN)
        .get("/clients/{c}/summary", robin)
        .then()
        .statusCode(200)
        .body("withheld", containsInAnyOrder("eligibility", "lastVitals", "openHandoffs"))
        .body("lastVitals", nullValue())
        .body("openHandoffs", nullValue());
  }
}
