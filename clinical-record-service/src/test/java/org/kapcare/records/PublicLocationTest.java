package org.kapcare.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kapcare.records.Charts.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/**
 * A created record's {@code Location} is its public URL: {@code %test.kap.public.base-url} and the
 * gateway's route of the records service (docs/gateway.md, Routes), never the address the request
 * came in on, whatever host or forwarding headers the caller sent.
 */
@QuarkusTest
class PublicLocationTest {

  private static final String RECORDS = "https://clinic.example/api/records";

  @Test
  void aConsentsLocationIsItsPublicUrlWhateverHostOrForwardingTheCallerNamed() {
    UUID client = Charts.withTeam();
    Response recorded =
        forged(as(DemoUser.CORA_COORDINATOR))
            .body(
                Map.of(
                    "kind", "KAP_TREATMENT",
                    "documentVersion", "kap-consent-2026-03",
                    "signedAt", Instant.now().minusSeconds(60).toString()))
            .post("/clients/{c}/consents", client);
    recorded.then().statusCode(201);
    assertEquals(
        RECORDS + "/clients/" + client + "/consents/" + recorded.path("id"),
        recorded.header("Location"));
  }

  @Test
  void aNotesLocationIsItsPublicUrlUnderItsClient() {
    UUID client = Charts.withTeam();
    Response written =
        forged(as(DemoUser.TESS_THERAPIST))
            .body(Map.of("kind", "PROGRESS", "body", "Slept better"))
            .post("/clients/{c}/notes", client);
    written.then().statusCode(201);
    assertEquals(
        RECORDS + "/clients/" + client + "/notes/" + written.path("id"),
        written.header("Location"));
  }

  private static RequestSpecification forged(RequestSpecification request) {
    return request
        .header("Host", "attacker.example")
        .header("X-Forwarded-Host", "attacker.example")
        .header("X-Forwarded-Proto", "http")
        .header("X-Forwarded-Prefix", "/elsewhere");
  }
}
