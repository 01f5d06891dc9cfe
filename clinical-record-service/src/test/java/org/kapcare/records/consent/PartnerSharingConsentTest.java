package org.kapcare.records.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.kapcare.records.Charts.PROBLEM;
import static org.kapcare.records.Charts.PROBLEMS;
import static org.kapcare.records.Charts.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.PartnerSharingConsented;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;
import org.kapcare.testing.TopicReader;

/**
 * Sharing the chart with a partner clinic rests on the client's own act, is told to the client at
 * once, and stops by itself when the consent expires.
 */
@QuarkusTest
class PartnerSharingConsentTest {

  private static final String PARTNER = "partner-clinic";

  @Inject AgroalDataSource db;

  private static Map<String, Object> sharing(String partner, Instant signedAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PARTNER_SHARE");
    body.put("partnerId", partner);
    body.put("scope", List.of("DEMOGRAPHICS", "ASSESSMENTS", "VITALS"));
    body.put("signedAt", signedAt.toString());
    return body;
  }

  @Test
  void staffRecordPartnerSharingOnlyWithEvidenceOfTheClientsOwnAct() {
    UUID client = Charts.withTeam();
    as(DemoUser.CORA_COORDINATOR)
        .body(sharing(PARTNER, Instant.now()))
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(PROBLEMS + "partner-share-needs-client-act"));
    Map<String, Object> verbal = sharing(PARTNER, Instant.now());
    verbal.put("evidence", Map.of("method", "VERBAL_WITNESSED", "documentReference", "call log 7"));
    as(DemoUser.CORA_COORDINATOR)
        .body(verbal)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "partner-share-needs-client-act"));
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/consents", client).then().body("$", hasSize(0));
    exportAsPartner(client, 403);

    Map<String, Object> withEvidence = sharing(PARTNER, Instant.now());
    withEvidence.put("evidence", Charts.signedPaper());
    as(DemoUser.CORA_COORDINATOR)
        .body(withEvidence)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(201)
        .body("recordedByClient", equalTo(false))
        .body("evidence.method", equalTo("SIGNED_PAPER"));
    exportAsPartner(client, 200);
  }

  @Test
  void theClientConsentsToSharingFromTheirOwnAccountAndIsToldAtOnce() {
    UUID robin = UUID.fromString(DemoUser.ROBIN.id());
    Charts.enroll(robin);
    String partner = "partner-" + UUID.randomUUID();
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      String consent =
          as(DemoUser.ROBIN)
              .body(sharing(partner, Instant.now()))
              .post("/clients/{c}/consents", robin)
              .then()
              .statusCode(201)
              .body("recordedByClient", equalTo(true))
              .extract()
              .path("id");
      var event =
          topic
              .await(
                  r ->
                      TopicReader.event(robin.toString(), PartnerSharingConsented.TYPE).test(r)
                          && r.value().contains(consent),
                  1,
                  Duration.ofSeconds(20))
              .get(0)
              .value();
      var data = TopicReader.json(event).path("data");
      assertEquals(true, data.path("recordedByClient").asBoolean());
      assertFalse(event.contains(partner), "the message names no partner");
      assertFalse(event.contains("ASSESSMENTS"), "nor what is shared");
    }
  }

  @Test
  void aConsentIsSignedNeitherInTheFutureNorBeforeEnrolment() {
    UUID client = Charts.withTeam();
    Map<String, Object> backdated = sharing(PARTNER, Instant.parse("2001-03-01T10:00:00Z"));
    backdated.put("evidence", Charts.signedPaper());
    as(DemoUser.CORA_COORDINATOR)
        .body(backdated)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "consent-signed-before-enrolment"));
    Map<String, Object> future = sharing(PARTNER, Instant.now().plus(Duration.ofDays(2)));
    future.put("evidence", Charts.signedPaper());
    as(DemoUser.CORA_COORDINATOR)
        .body(future)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    exportAsPartner(client, 403);
  }

  @Test
  void partnerSharingExpiresAfterAYearAndSharingStopsThen() throws SQLException {
    UUID client = Charts.withTeam();
    Instant signed = Instant.now().minusSeconds(60);
    Map<String, Object> body = sharing(PARTNER, signed);
    body.put("evidence", Charts.signedPaper());
    String consent =
        as(DemoUser.CORA_COORDINATOR)
            .body(body)
            .post("/clients/{c}/consents", client)
            .then()
            .statusCode(201)
            .body(
                "expiresAt",
                equalTo(signed.atOffset(ZoneOffset.UTC).plusYears(1).toInstant().toString()))
            .extract()
            .path("id");
    exportAsPartner(client, 200);

    // A year passes: the consent's end is moved to a moment ago, as the clock would.
    try (Connection c = db.getConnection();
        PreparedStatement expire =
            c.prepareStatement(
                "UPDATE consent SET expires_at = now() - interval '1 second' WHERE id = ?")) {
      expire.setObject(1, UUID.fromString(consent));
      assertEquals(1, expire.executeUpdate());
    }
    exportAsPartner(client, 403);
    as(DemoUser.CORA_COORDINATOR)
        .get("/clients/{c}/consents", client)
        .then()
        .body("[0].active", equalTo(false));
    as(DemoUser.CORA_COORDINATOR)
        .body(body)
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(201);
    exportAsPartner(client, 200);
  }

  private static void exportAsPartner(UUID client, int status) {
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/clients/{c}/fhir/export", client)
        .then()
        .statusCode(status);
  }
}
