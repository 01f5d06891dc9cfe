package org.kapcare.notifications.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * A real access token of the kap realm for a demo user that expires within seconds: issued by a
 * Keycloak client made for the test with that lifespan (as system-tests' TokenTamperingIT does),
 * and removed again on close.
 */
public final class ShortLivedToken implements AutoCloseable {

  private static final String ADMIN = Tokens.KEYCLOAK + "/admin/realms/kap/clients";

  private final String clientUuid;
  private final String token;

  private ShortLivedToken(String clientUuid, String token) {
    this.clientUuid = clientUuid;
    this.token = token;
  }

  public static ShortLivedToken of(DemoUser user, int lifespanSeconds) {
    String clientId = "kap-notify-expiry-" + Long.toString(System.nanoTime(), 36);
    String location =
        given()
            .auth()
            .oauth2(adminToken())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "clientId",
                    clientId,
                    "publicClient",
                    true,
                    "directAccessGrantsEnabled",
                    true,
                    "attributes",
                    Map.of("access.token.lifespan", Integer.toString(lifespanSeconds)),
                    "protocolMappers",
                    List.of(
                        Map.of(
                            "name",
                            "audience-notification-service",
                            "protocol",
                            "openid-connect",
                            "protocolMapper",
                            "oidc-audience-mapper",
                            "config",
                            Map.of(
                                "included.custom.audience", "notification-service",
                                "access.token.claim", "true",
                                "id.token.claim", "false")))))
            .post(ADMIN)
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String token =
        given()
            .formParams(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    clientId,
                    "username",
                    user.username(),
                    "password",
                    "demo"))
            .post(Tokens.KEYCLOAK + "/realms/kap/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return new ShortLivedToken(location.substring(location.lastIndexOf('/') + 1), token);
  }

  public String bearer() {
    return "Bearer " + token;
  }

  /** The token's own {@code exp}, in epoch seconds. */
  public long expiresAt() {
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    return Long.parseLong(payload.replaceAll(".*\"exp\":(\\d+).*", "$1"));
  }

  @Override
  public void close() {
    given().auth().oauth2(adminToken()).delete(ADMIN + "/" + clientUuid);
  }

  private static String adminToken() {
    return given()
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
  }
}
