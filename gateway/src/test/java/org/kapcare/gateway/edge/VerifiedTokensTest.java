package org.kapcare.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.gateway.EchoBackend;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/** Verified tokens are remembered at the edge; nothing unverified or expired ever is. */
@QuarkusTest
@QuarkusTestResource(value = EchoBackend.class, restrictToAnnotatedClass = true)
class VerifiedTokensTest {

  @Inject VerifiedTokens tokens;

  @BeforeEach
  void forget() {
    tokens.forgetAll();
  }

  @Test
  void aVerifiedTokenIsRememberedAndStillActsAsItsOwner() {
    String token = Tokens.of(DemoUser.ROBIN);
    long hitsBefore = tokens.hits();
    for (int i = 0; i < 3; i++) {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/api/scheduling/providers")
          .then()
          .statusCode(200);
      assertTrue(tokens.remembers(token), "remembered after request " + (i + 1));
    }
    assertEquals(2, tokens.hits() - hitsBefore, "verified once, then taken from memory twice");
  }

  @Test
  void aTamperedTokenIsRefusedAndNeverRemembered() {
    String token = Tokens.of(DemoUser.ROBIN);
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/scheduling/providers")
        .then()
        .statusCode(200);
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    given()
        .header("Authorization", "Bearer " + forged)
        .get("/api/scheduling/providers")
        .then()
        .statusCode(401);
    assertFalse(tokens.remembers(forged));
  }

  @Test
  void aRememberedPartnerTokenKeepsItsRolesAndItsLimits() {
    String token = Tokens.partnerClinic();
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/scheduling/fhir/Schedule/00000000-0000-0000-0000-000000000001")
        .then()
        .statusCode(200);
    assertTrue(tokens.remembers(token));
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/scheduling/providers")
        .then()
        .statusCode(403);
  }

  @Test
  void anExpiredTokenIsNotRemembered() {
    tokens.remember(
        "expired-token",
        QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "someone")
            .addRole("client")
            .setAnonymous(false)
            .build(),
        Instant.now().minusSeconds(1));
    assertFalse(tokens.remembers("expired-token"));
  }
}
