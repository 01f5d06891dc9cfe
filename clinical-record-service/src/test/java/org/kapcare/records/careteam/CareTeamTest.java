package org.kapcare.records.careteam;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Care team assignment, history, optimistic concurrency, and the event. */
@QuarkusTest
class CareTeamTest {

  @Test
  void assigningTheTeamIsAnnouncedAndKeptInHistory() {
    UUID client = Charts.enrolled();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      Charts.assignTeam(client);
      var events =
          topic.await(
              TopicReader.event(client.toString(), CareTeamAssigned.TYPE),
              1,
              Duration.ofSeconds(20));
      var data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals(DemoUser.TESS_THERAPIST.id(), data.path("therapistId").asText());
      assertEquals(DemoUser.NINA_NURSE.id(), data.path("nurseIds").get(0).asText());
    }
    Map<String, Object> change = new HashMap<>(Charts.team());
    change.put("therapistId", DemoUser.THEO_THERAPIST.id());
    change.put("primaryClinicianId", DemoUser.PAULA_PRESCRIBER.id());
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    as(DemoUser.THEO_THERAPIST)
        .get("/clients/{c}/care-team/history", client)
        .then()
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[0].therapistId", equalTo(DemoUser.TESS_THERAPIST.id()))
        .body("[1].therapistId", equalTo(DemoUser.THEO_THERAPIST.id()));
    as(DemoUser.TESS_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(403);
  }

  @Test
  void changingTheTeamNeedsTheCurrentVersion() {
    UUID client = Charts.withTeam();
    as(DemoUser.CORA_COORDINATOR)
        .body(Charts.team())
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(428);
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"7\"")
        .body(Charts.team())
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(412)
        .body("type", equalTo(PROBLEMS + "precondition-failed"));
  }

  @Test
  void primaryClinicianMustBeTheTeamsTherapistOrPrescriber() {
    UUID client = Charts.enrolled();
    Map<String, Object> team = new HashMap<>(Charts.team());
    team.put("primaryClinicianId", DemoUser.NINA_NURSE.id());
    as(DemoUser.CORA_COORDINATOR)
        .body(team)
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "primary-clinician-on-team"));
  }

  @Test
  void onlyCoordinatorsAndAdminsAssignTheTeam() {
    UUID client = Charts.enrolled();
    as(DemoUser.TESS_THERAPIST)
        .body(Charts.team())
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(403);
    as(DemoUser.ADAM_ADMIN)
        .body(Charts.team())
        .put("/clients/{c}/care-team", client)
        .then()
        .statusCode(200);
  }
}
