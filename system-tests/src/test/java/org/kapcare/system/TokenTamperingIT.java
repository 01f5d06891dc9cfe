package org.kapcare.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * Tokens that must never open anything, at the gateway's edge and at every service behind it
 * (services validate tokens themselves): forged signature, expired, another issuer, another
 * audience, {@code alg: none}. Each is a 401 problem.
 */
class TokenTamperingIT {

  /** The same read at the gateway and directly at each service. */
  private static final List<String> TARGETS =
      List.of(
          Platform.GATEWAY + "/api/records/clients/" + DemoUser.KERRY.id(),
          Platform.GATEWAY + "/api/scheduling/appointment-types",
          Platform.GATEWAY + "/api/notifications/recipients/" + DemoUser.KERRY.id(),
          "http://127.0.0.1:8082/clients/" + DemoUser.KERRY.id(),
          "http://127.0.0.1:8081/appointment-types",
          "http://127.0.0.1:8083/recipients/" + DemoUser.KERRY.id());

  private static void refused(String token) {
    for (String target : TARGETS) {
      given()
          .header("Authorization", "Bearer " + token)
          .get(target)
          .then()
          .statusCode(401)
          .contentType(startsWith("application/problem+json"));
    }
  }

  private static String[] parts(String jwt) {
    return jwt.split("\\.");
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  @Test
  void forgedSignatureIsRefused() {
    String[] jwt = parts(Tokens.of(DemoUser.ADAM_ADMIN));
    String payload = decode(jwt[1]).replace("\"admin\"", "\"admin\",\"coordinator\"");
    refused(jwt[0] + "." + encode(payload) + "." + jwt[2]);
  }

  @Test
  void unsignedAlgNoneTokenIsRefused() {
    String[] jwt = parts(Tokens.of(DemoUser.ADAM_ADMIN));
    refused(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt[1] + ".");
  }

  @Test
  void tokenOfAnotherIssuerIsRefused() {
    // A real, correctly signed token of the master realm (Keycloak's own administrator).
    String master =
        given()
            .formParams(
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "admin",
                    "password", "admin"))
            .post(Tokens.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    refused(master);
  }

  @Test
  void tokenForAnotherAudienceIsRefused() {
    // kap realm, real user, but issued to admin-cli, which carries none of the services' audiences.
    String other =
        given()
            .formParams(
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "adam",
                    "password", "demo"))
            .post(Tokens.KEYCLOAK + "/realms/kap/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    refused(other);
  }

  @Test
  void expiredTokenIsRefused() throws Exception {
    String client = "kap-expiry-" + Long.toString(System.currentTimeMillis(), 36);
    String admin = Keycloak.adminToken();
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "clientId",
                client,
                "publicClient",
                true,
                "directAccessGrantsEnabled",
                true,
                "attributes",
                Map.of("access.token.lifespan", "2"),
                "protocolMappers",
                List.of(
                    audience("gateway"),
                    audience("scheduling-service"),
                    audience("clinical-record-service"),
                    audience("notification-service"))))
        .post(Tokens.KEYCLOAK + "/admin/realms/kap/clients")
        .then()
        .statusCode(201);
    String token =
        given()
            .formParams(
                Map.of(
                    "grant_type", "password",
                    "client_id", client,
                    "username", "adam",
                    "password", "demo"))
            .post(Tokens.KEYCLOAK + "/realms/kap/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    // Valid while fresh (so the refusal below is the expiry, not the client) …
    given()
        .header("Authorization", "Bearer " + token)
        .get("http://127.0.0.1:8081/appointment-types")
        .then()
        .statusCode(200);
    // Expiry is wall-clock time: wait until just past the token's own exp claim (2 s lifespan).
    long exp =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(decode(parts(token)[1]))
            .path("exp")
            .asLong();
    Thread.sleep(Math.max(0, exp * 1000 + 1000 - System.currentTimeMillis()));
    refused(token);
  }

  private static Map<String, Object> audience(String audience) {
    return Map.of(
        "name",
        "audience-" + audience,
        "protocol",
        "openid-connect",
        "protocolMapper",
        "oidc-audience-mapper",
        "config",
        Map.of(
            "included.custom.audience", audience,
            "access.token.claim", "true",
            "id.token.claim", "false"));
  }
}
