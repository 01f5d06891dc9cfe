package org.kapcare.records.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.BreakGlassReviewOverdue;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/**
 * Emergency access stays, narrowly: a reason a reviewer can judge, reads only, no export, and every
 * use reviewed by an admin (escalated when nobody does in the policy's time).
 */
@QuarkusTest
class BreakGlassTest {

  private static final String REASON = "Client arrived in crisis; their therapist is unreachable";

  @Inject AgroalDataSource db;
  @Inject BreakGlassReviews reviews;

  private static String breakGlass(UUID client) {
    as(DemoUser.THEO_THERAPIST)
        .body(Map.of("reason", REASON))
        .post("/clients/{c}/break-glass", client)
        .then()
        .statusCode(201);
    List<Map<String, Object>> open =
        as(DemoUser.ADAM_ADMIN)
            .queryParam("limit", 200)
            .get("/break-glass-reviews")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return open.stream()
        .filter(u -> client.toString().equals(u.get("clientId")))
        .map(u -> (String) u.get("grantId"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void breakTheGlassNeedsAReasonAReviewerCanJudge() {
    UUID client = Charts.withTeam();
    for (String thin : List.of("aaaaaaaaaa", "emergency emergency emergency", "urgent pls ok")) {
      as(DemoUser.THEO_THERAPIST)
          .body(Map.of("reason", thin))
          .post("/clients/{c}/break-glass", client)
          .then()
          .statusCode(400)
          .contentType(PROBLEM);
    }
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(403);
  }

  @Test
  void breakTheGlassReadsButNeitherWritesNorExports() {
    UUID client = Charts.withTeam();
    breakGlass(client);
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(200);
    as(DemoUser.THEO_THERAPIST).get("/clients/{c}/notes", client).then().statusCode(200);
    as(DemoUser.THEO_THERAPIST)
        .body(Map.of("kind", "PROGRESS", "body", "Seen in crisis"))
        .post("/clients/{c}/notes", client)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(DemoUser.THEO_THERAPIST)
        .get("/clients/{c}/fhir/export", client)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void everyBreakTheGlassUseIsReviewedOnceByAnAdmin() {
    UUID client = Charts.withTeam();
    String grant = breakGlass(client);
    Map<String, Object> review = Map.of("outcome", "JUSTIFIED", "note", "Confirmed with paula");
    as(DemoUser.PAULA_PRESCRIBER)
        .body(review)
        .post("/break-glass-reviews/{g}", grant)
        .then()
        .statusCode(403);
    as(DemoUser.ADAM_ADMIN)
        .body(review)
        .post("/break-glass-reviews/{g}", grant)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("JUSTIFIED"))
        .body("reviewedBy", equalTo(DemoUser.ADAM_ADMIN.id()));
    as(DemoUser.ADAM_ADMIN)
        .body(review)
        .post("/break-glass-reviews/{g}", grant)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEMS + "break-glass-already-reviewed"));
    as(DemoUser.ADAM_ADMIN)
        .queryParam("limit", 200)
        .get("/break-glass-reviews")
        .then()
        .body("items.grantId", not(hasItem(grant)));
    as(DemoUser.ADAM_ADMIN)
        .body(review)
        .post("/break-glass-reviews/{g}", UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void aUseNobodyReviewsInThePolicyTimeIsEscalatedOnce() throws SQLException {
    UUID client = Charts.withTeam();
    String grant = breakGlass(client);
    // A day passes without a review: the grant is moved back past the policy's 24 h.
    try (Connection c = db.getConnection();
        PreparedStatement back =
            c.prepareStatement(
                "UPDATE break_glass_access SET granted_at = granted_at - interval '25 hours'"
                    + " WHERE id = ?")) {
      back.setObject(1, UUID.fromString(grant));
      assertEquals(1, back.executeUpdate());
    }
    try (TopicReader topic = TopicReader.fromNow(Topics.CLINICAL_EVENTS)) {
      assertTrue(reviews.escalateOverdue().contains(UUID.fromString(grant)));
      var events =
          topic.await(
              r ->
                  TopicReader.event(client.toString(), BreakGlassReviewOverdue.TYPE).test(r)
                      && r.value().contains(grant),
              1,
              Duration.ofSeconds(20));
      assertEquals(
          DemoUser.THEO_THERAPIST.id(),
          TopicReader.json(events.get(0).value()).path("data").path("clinicianId").asText());
    }
    assertFalse(reviews.escalateOverdue().contains(UUID.fromString(grant)), "escalated once");
    as(DemoUser.ADAM_ADMIN)
        .queryParam("limit", 200)
        .get("/break-glass-reviews")
        .then()
        .body("items.find { it.grantId == '" + grant + "' }.escalated", equalTo(true));
  }
}
