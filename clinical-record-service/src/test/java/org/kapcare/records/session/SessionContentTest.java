package org.kapcare.records.session;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
 * A session record answers its content in the documented shape of its kind, with every part that
 * was recorded: what the OpenAPI document promises is what comes back.
 */
@QuarkusTest
class SessionContentTest {

  @Test
  void eachKindAnswersTheContentItRecordedInItsOwnShape() {
    UUID client = Charts.readyForDosing();
    as(DemoUser.TESS_THERAPIST)
        .queryParam("kind", "PREPARATION")
        .get("/clients/{c}/sessions", client)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].content.intention", equalTo("To meet my grief with curiosity"))
        .body("[0].content.readiness", equalTo("READY"))
        .body("[0].content.goalIds", hasSize(1));

    UUID dosing = Charts.dosingSigned(client);
    String nina = DemoUser.NINA_NURSE.id();
    as(DemoUser.NINA_NURSE)
        .get("/clients/{c}/sessions/{s}", client, dosing)
        .then()
        .statusCode(200)
        .body("kind", equalTo("DOSING"))
        .body("content.checklist.baselineSystolic", equalTo(128))
        .body("content.checklist.escortConfirmed", equalTo(true))
        .body("content.checklist.items.FASTING", equalTo(true))
        .body("content.checklist.items.PREPARATION_DONE", equalTo(true))
        .body("content.checklist.recordedBy", equalTo(nina))
        .body("content.setting", equalTo("Dim light"))
        .body("content.music", equalTo("Playlist A"))
        .body("content.discharge.alertAndOriented", equalTo(true))
        .body("content.discharge.vitalsBackInRange", equalTo(true))
        .body("content.discharge.monitoringMinutes", equalTo(0))
        .body("content.discharge.dischargedBy", equalTo(nina))
        .body("doses", hasSize(1));

    as(DemoUser.TESS_THERAPIST)
        .body(
            Map.of(
                "dosingSessionId",
                dosing.toString(),
                "insights",
                "A memory came back softened",
                "themes",
                List.of("grief"),
                "progress",
                "SOME",
                "prescriberReview",
                false))
        .post("/clients/{c}/integrations", client)
        .then()
        .statusCode(201)
        .body("kind", equalTo("INTEGRATION"))
        .body("content.dosingSessionId", equalTo(dosing.toString()))
        .body("content.insights", equalTo("A memory came back softened"))
        .body("content.themes", equalTo(List.of("grief")))
        .body("content.progress", equalTo("SOME"))
        .body("content.prescriberReview", equalTo(false))
        .body("content.reviewReason", nullValue());
  }

  @Test
  void aDosingDraftHasNoContentPartYet() {
    UUID client = Charts.readyForDosing();
    UUID draft = Charts.dosingDraft(client);
    as(DemoUser.NINA_NURSE)
        .get("/clients/{c}/sessions/{s}", client, draft)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("content.size()", equalTo(0));
  }
}
