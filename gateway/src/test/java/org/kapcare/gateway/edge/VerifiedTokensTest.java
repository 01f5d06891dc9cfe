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
      assertEquals(200, status(token, "/api/scheduling/providers"));
      assertTrue(tokens.remembers(token), "remembered after request " + (i + 1));
    }
    assertEquals(2, tokens.hits() - hitsBefore, "verified once, then taken from memory twice");
  }

  @Test
  void aTamperedTokenIsRefusedAndNeverRemembered() {
    String token = Tokens.of(DemoUser.ROBIN);
    assertEquals(200, status(token, "/api/scheduling/providers"));
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertEquals(401, status(forged, "/api/scheduling/providers"));
    assertFalse(tokens.remembers(forged));
  }

  @Test
  void aRememberedPartnerTokenKeepsItsRolesAndItsLimits() {
    String token = Tokens.partnerClinic();
    assertEquals(
        200, status(token, "/api/scheduling/fhir/Schedule/00000000-0000-0000-0000-000000000001"));
    assertTrue(tokens.remembers(token));
    assertEquals(403, status(token, "/api/scheduling/providers"));
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

  private static int status(String token, String path) {
    return given().header("Authorization", "Bearer " + token).get(path).statusCode();
  }
}
