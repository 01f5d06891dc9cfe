package org.kapcare.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * A partner clinic refers a person through the gateway with its client-credentials token; the
 * coordinators hear of it, one accepts it, and the person becomes a client the whole platform knows
 * — while the partner sees the outcome of its referral and nothing of the chart it did not get
 * consent for.
 */
class PartnerReferralIT {

  private static final Duration VISIBLE = Duration.ofSeconds(30);

  @BeforeAll
  static void consumersCaughtUp() {
    Platform.awaitConsumersCaughtUp(Duration.ofMinutes(5));
    // Coordinators become recipients when they first open their inbox.
    Platform.as(DemoUser.CORA_COORDINATOR)
        .get("/api/notifications/inbox/unread-count")
        .then()
        .statusCode(200);
  }

  @Test
  void partnerReferralBecomesAClientOnceACoordinatorAcceptsIt() {
    String email = "referred-" + UUID.randomUUID() + "@journey.kapcare.org";
    Response submitted =
        partner()
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(
                Map.of(
                    "person",
                    Map.of(
                        "givenName", "Robin",
                        "familyName", "Referred",
                        "dateOfBirth", "1979-06-30",
                        "email", email,
                        "timeZone", "America/Denver"),
                    "referringClinician",
                    Map.of("name", "Dr. Alex Moreno", "contact", "+15035550199"),
                    "reason",
                    "Treatment-resistant depression after two SSRI trials",
                    "urgency",
                    "PRIORITY"))
            .post("/api/records/referrals");
    submitted.then().statusCode(201).body("status", equalTo("RECEIVED"));
    String referral = submitted.path("id");

    JourneyIT.awaitInboxOf(
        "ReferralReceived → coordinator's inbox",
        () -> Platform.as(DemoUser.CORA_COORDINATOR),
        item ->
            "REFERRAL_RECEIVED".equals(item.get("kind"))
                && String.valueOf(item.get("body")).contains(referral));
    partner()
        .get("/api/records/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("clientId", nullValue());

    UUID person = UUID.randomUUID();
    Response read = cora().get("/api/records/referrals/{r}", referral);
    read.then().statusCode(200).body("person.email", equalTo(email));
    String clientId =
        cora()
            .header("If-Match", read.header("ETag"))
            .body(Map.of("personId", person.toString()))
            .post("/api/records/referrals/{r}/acceptance", referral)
            .then()
            .statusCode(200)
            .body("status", equalTo("ACCEPTED"))
            .extract()
            .path("clientId");

    partner()
        .get("/api/records/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("clientId", equalTo(clientId));
    Propagation.await(
        "referral accepted → ClientEnrolled → scheduling",
        VISIBLE,
        () -> cora().get("/api/scheduling/clients/{c}", clientId).statusCode() == 200);
    Propagation.await(
        "referral accepted → welcome e-mail",
        VISIBLE,
        () -> !JourneyIT.mail(email, "Welcome").isEmpty());
    // No consent to share yet: the partner referred the person but may not read the chart.
    partner().get("/api/records/clients/{c}/fhir/export", clientId).then().statusCode(403);
  }

  private static RequestSpecification partner() {
    return given()
        .baseUri(Platform.GATEWAY)
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .contentType(ContentType.JSON);
  }

  private static RequestSpecification cora() {
    return Platform.as(DemoUser.CORA_COORDINATOR).contentType(ContentType.JSON);
  }
}
