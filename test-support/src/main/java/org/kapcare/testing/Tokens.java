package org.kapcare.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the local Keycloak ({@code kap} realm). Demo users log in with the
 * password grant of the {@code kap-app} client; the partner clinic uses client credentials.
 */
public final class Tokens {

  /** Keycloak's base URL; {@code -Dkap.keycloak.url} overrides it. */
  public static final String KEYCLOAK =
      System.getProperty("kap.keycloak.url", "http://localhost:8180");

  private static final String TOKEN_URL = KEYCLOAK + "/realms/kap/protocol/openid-connect/token";
  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A token for a demo user of the realm (password {@code demo}). */
  public static String of(DemoUser user) {
    return CACHE
        .compute(
            user.username(),
            (name, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : fetch(
                        Map.of(
                            "grant_type", "password",
                            "client_id", "kap-app",
                            "username", name,
                            "password", "demo")))
        .token();
  }

  /** A client-credentials token of the partner clinic's service account. */
  public static String partnerClinic() {
    return CACHE
        .compute(
            "partner-clinic",
            (name, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : fetch(
                        Map.of(
                            "grant_type", "client_credentials",
                            "client_id", "partner-clinic",
                            "client_secret", "partner-clinic-local-secret")))
        .token();
  }

  private static Cached fetch(Map<String, String> form) {
    var response =
        given().formParams(form).post(TOKEN_URL).then().statusCode(200).extract().jsonPath();
    long lifetimeMillis = response.getLong("expires_in") * 1000;
    return new Cached(
        response.getString("access_token"), System.currentTimeMillis() + lifetimeMillis / 2);
  }

  private record Cached(String token, long refreshAfter) {
    boolean fresh() {
      return System.currentTimeMillis() < refreshAfter;
    }
  }
}
