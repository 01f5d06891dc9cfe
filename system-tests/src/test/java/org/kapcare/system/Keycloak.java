package org.kapcare.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.testing.Tokens;

/**
 * The realm's admin API, so that a journey can enrol a person nobody has seen before (a new
 * Keycloak user each run) instead of reusing a demo client whose chart earlier runs filled.
 */
final class Keycloak {

  private static final String URL = Tokens.KEYCLOAK;

  private Keycloak() {}

  private static final Map<String, Cached> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  private record Cached(String token, long until) {}

  /** A person with the realm role {@code client}; returns their id ({@code sub}). */
  static UUID newClient(String username, String givenName, String familyName) {
    return newUser(username, givenName, familyName, "client");
  }

  /** A staff member with one realm role (therapist, prescriber, nurse …). */
  static UUID newStaff(String username, String givenName, String familyName, String role) {
    return newUser(username, givenName, familyName, role);
  }

  private static UUID newUser(
      String username, String givenName, String familyName, String roleName) {
    String admin = adminToken();
    String location =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "email",
                    username + "@journey.kapcare.org",
                    "emailVerified",
                    true,
                    "firstName",
                    givenName,
                    "lastName",
                    familyName,
                    "credentials",
                    List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
            .post(URL + "/admin/realms/kap/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    Map<String, Object> role =
        given()
            .auth()
            .oauth2(admin)
            .get(URL + "/admin/realms/kap/roles/" + roleName)
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(List.of(role))
        .post(URL + "/admin/realms/kap/users/" + id + "/role-mappings/realm")
        .then()
        .statusCode(204);
    return UUID.fromString(id);
  }

  /** An access token for a user of the realm (password grant of the app client), reused 4 min. */
  static String token(String username) {
    Cached cached = TOKENS.get(username);
    if (cached != null && cached.until() > System.currentTimeMillis()) {
      return cached.token();
    }
    String token = fetch(username);
    TOKENS.put(username, new Cached(token, System.currentTimeMillis() + 240_000));
    return token;
  }

  private static String fetch(String username) {
    return given()
        .formParams(
            Map.of(
                "grant_type", "password",
                "client_id", "kap-app",
                "username", username,
                "password", "demo"))
        .post(URL + "/realms/kap/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static String adminToken() {
    return given()
        .formParams(
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"))
        .post(URL + "/realms/master/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
