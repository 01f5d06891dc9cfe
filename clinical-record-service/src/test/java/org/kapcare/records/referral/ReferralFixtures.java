package org.kapcare.records.referral;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.clinical.ReferralReceived.Urgency;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/** Referral bodies (unique per call), the partner clinic as a caller, and audit look-ups. */
final class ReferralFixtures {

  static final String PARTNER = "partner-clinic";

  private ReferralFixtures() {}

  /** The partner clinic of the realm, with its client-credentials token. */
  static RequestSpecification asPartner() {
    return given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .contentType(ContentType.JSON);
  }

  /** A valid referral whose person has a unique e-mail, so it can be accepted. */
  static Map<String, Object> body() {
    String unique = UUID.randomUUID().toString();
    Map<String, Object> person = new HashMap<>();
    person.put("givenName", "Referred");
    person.put("familyName", "Person");
    person.put("dateOfBirth", "1979-07-14");
    person.put("email", "referred-" + unique + "@test.kapcare.org");
    person.put("phone", "+15035550142");
    person.put("timeZone", "America/Denver");
    Map<String, Object> body = new HashMap<>();
    body.put("person", person);
    body.put(
        "referringClinician",
        Map.of("name", "Dr. Alex Moreno", "contact", "+15035550199, amoreno@partner.example"));
    body.put("reason", "Treatment-resistant depression after two SSRI trials");
    body.put("urgency", "ROUTINE");
    return body;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> person(Map<String, Object> body) {
    return (Map<String, Object>) body.get("person");
  }

  /** Submits {@code body} as the partner clinic and returns the new referral's id. */
  static UUID submitted(Map<String, Object> body) {
    return UUID.fromString(
        asPartner().body(body).post("/referrals").then().statusCode(201).extract().path("id"));
  }

  static UUID submitted() {
    return submitted(body());
  }

  /** The referral's current ETag, as a coordinator reads it. */
  static String etag(UUID referral) {
    return Charts.as(DemoUser.CORA_COORDINATOR)
        .get("/referrals/{r}", referral)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** A referral from a partner clinic other than the realm's one, written straight to the table. */
  static UUID fromAnotherPartner() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Referral r = new Referral();
              r.id = id;
              r.partnerId = "other-clinic";
              r.givenName = "Other";
              r.familyName = "Referral";
              r.dateOfBirth = LocalDate.of(1990, 1, 2);
              r.email = "other-" + id + "@test.kapcare.org";
              r.timeZone = "UTC";
              r.clinicianName = "Dr. Other";
              r.clinicianContact = "+15035550111";
              r.reason = "Referred by another partner";
              r.urgency = Urgency.PRIORITY;
              r.status = ReferralStatus.RECEIVED;
              r.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
              r.persist();
            });
    return id;
  }

  /** The audit entries about one referral by one actor, as adam reads them. */
  static List<Map<String, Object>> audit(String actorId, UUID referral) {
    List<Map<String, Object>> items =
        Charts.as(DemoUser.ADAM_ADMIN)
            .queryParam("actorId", actorId)
            .queryParam("limit", 200)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(e -> "referral".equals(e.get("resource")))
        .filter(e -> referral == null || referral.toString().equals(e.get("resourceId")))
        .toList();
  }

  /** Whether an audit entry of this actor, action and outcome names the referral. */
  static boolean audited(String actorId, UUID referral, String action, String outcome) {
    return audit(actorId, referral).stream()
        .anyMatch(e -> action.equals(e.get("action")) && outcome.equals(e.get("outcome")));
  }
}
