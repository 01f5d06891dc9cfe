package org.kapcare.scheduling;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.testing.Tokens;

/**
 * New people in the local Keycloak's {@code kap} realm, through its admin API (admin/admin on the
 * master realm, as deploy/local/keycloak.sh sets it up): providers are registered only for people
 * the identity provider knows, with the roles it gives them.
 */
public final class Identities {

  private static final String ADMIN = Tokens.KEYCLOAK + "/admin/realms/kap";
  private static volatile Cached admin;

  private Identities() {}

  /** A new enabled person with these realm roles (e.g. "therapist"); returns their user id. */
  public static UUID person(String... realmRoles) {
    String username = "sched-" + UUID.randomUUID();
    String location =
        admin()
            .body(
                Map.of(
                    "username",
                    username,
                    "enabled",
                    true,
                    "email",
                    username + "@test.kapcare.org",
                    "emailVerified",
                    true,
                    "firstName",
                    "Test",
                    "lastName",
                    "Person"))
            .post(ADMIN + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    if (realmRoles.length > 0) {
      List<Map<String, Object>> roles =
          List.of(realmRoles).stream()
              .map(
                  r ->
                      admin()
                          .get(ADMIN + "/roles/" + r)
                          .then()
                          .statusCode(200)
                          .extract()
                          .<Map<String, Object>>as(Map.class))
              .toList();
      admin()
          .body(roles)
          .post(ADMIN + "/users/" + id + "/role-mappings/realm")
          .then()
          .statusCode(204);
    }
    return UUID.fromString(id);
  }

  /** Takes a realm role away from a person (their roles changed after registration). */
  public static void revoke(UUID id, String realmRole) {
    Map<String, Object> role =
        admin().get(ADMIN + "/roles/" + realmRole).then().statusCode(200).extract().as(Map.class);
    admin()
        .body(List.of(role))
        .delete(ADMIN + "/users/" + id + "/role-mappings/realm")
        .then()
        .statusCode(204);
  }

  /** The e-mail Keycloak holds for a person made by {@link #person}. */
  public static String email(UUID id) {
    return admin().get(ADMIN + "/users/" + id).then().statusCode(200).extract().path("email");
  }

  private static io.restassured.specification.RequestSpecification admin() {
    return given().auth().oauth2(adminToken()).contentType(ContentType.JSON);
  }

  private static String adminToken() {
    Cached current = admin;
    if (current == null || System.currentTimeMillis() > current.until()) {
      var token =
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
              .jsonPath();
      current =
          new Cached(
              token.getString("access_token"),
              System.currentTimeMillis() + token.getLong("expires_in") * 500);
      admin = current;
    }
    return current.token();
  }

  private record Cached(String token, long until) {}
}
