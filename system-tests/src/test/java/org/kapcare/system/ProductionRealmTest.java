package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production realm (deploy/keycloak/kap-realm-production.json) beside the demo realm: no
 * password grant, no people, exact redirect URIs, secrets only from placeholders, and the same
 * clients, roles and audience mappers, so the demo realm stays a faithful rehearsal of production.
 * Read as files: no Keycloak needed.
 */
class ProductionRealmTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A whole value that Keycloak's import replaces with an environment variable. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

  private final JsonNode production = realm("kap-realm-production.json");
  private final JsonNode demo = realm("kap-realm.json");

  @Test
  void productionRealmHasNoPasswordGrantAndNoUsers() {
    for (JsonNode client : production.get("clients")) {
      assertFalse(
          client.path("directAccessGrantsEnabled").asBoolean(true),
          client.get("clientId") + " allows the password grant");
      assertFalse(client.path("implicitFlowEnabled").asBoolean(true), client.get("clientId") + "");
    }
    JsonNode app = client(production, "kap-app");
    assertTrue(app.get("standardFlowEnabled").asBoolean());
    assertEquals("S256", app.get("attributes").get("pkce.code.challenge.method").asText());
    // The only accounts are the service accounts of its confidential clients (they carry the
    // clients' roles); no person, and nothing that can log in with a password.
    Set<String> serviceAccounts = new TreeSet<>();
    for (JsonNode client : production.get("clients")) {
      if (client.path("serviceAccountsEnabled").asBoolean()) {
        serviceAccounts.add(client.get("clientId").asText());
      }
    }
    Set<String> accountsOf = new TreeSet<>();
    for (JsonNode user : production.path("users")) {
      assertTrue(user.hasNonNull("serviceAccountClientId"), "a person in the production realm");
      assertEquals(
          "service-account-" + user.get("serviceAccountClientId").asText(),
          user.get("username").asText());
      assertFalse(user.has("credentials"), user.get("username") + " has credentials");
      assertFalse(user.has("email"), user.get("username") + " has an e-mail address");
      accountsOf.add(user.get("serviceAccountClientId").asText());
    }
    assertEquals(serviceAccounts, accountsOf);
    assertFalse(production.path("registrationAllowed").asBoolean(true));
  }

  @Test
  void productionRealmRedirectUrisAreExact() {
    JsonNode app = client(production, "kap-app");
    List<String> uris = new ArrayList<>();
    app.get("redirectUris").forEach(uri -> uris.add(uri.asText()));
    app.get("webOrigins").forEach(origin -> uris.add(origin.asText()));
    uris.addAll(
        List.of(app.get("attributes").get("post.logout.redirect.uris").asText().split("##")));
    assertFalse(app.get("redirectUris").isEmpty());
    for (String uri : uris) {
      assertTrue(
          PLACEHOLDER.matcher(uri).matches(),
          uri + " is not an exact address from the environment (no wildcard, no localhost)");
    }
    for (JsonNode client : production.get("clients")) {
      if (!client.get("publicClient").asBoolean()) {
        assertFalse(client.get("standardFlowEnabled").asBoolean(), client.get("clientId") + "");
        assertTrue(client.path("redirectUris").isEmpty(), client.get("clientId") + "");
      }
    }
  }

  @Test
  void productionRealmClientsMatchTheDemoRealm() {
    assertEquals(roles(demo), roles(production));
    assertEquals(clients(demo).keySet(), clients(production).keySet());
    for (String clientId : clients(demo).keySet()) {
      JsonNode ours = client(production, clientId);
      JsonNode theirs = client(demo, clientId);
      for (String flag :
          List.of(
              "publicClient",
              "serviceAccountsEnabled",
              "standardFlowEnabled",
              "fullScopeAllowed")) {
        assertEquals(theirs.get(flag), ours.get(flag), clientId + " " + flag);
      }
      assertEquals(
          theirs.path("clientAuthenticatorType"), ours.path("clientAuthenticatorType"), clientId);
      assertEquals(theirs.path("protocolMappers"), ours.path("protocolMappers"), clientId);
      assertEquals(
          theirs.path("attributes").path("access.token.lifespan"),
          ours.path("attributes").path("access.token.lifespan"),
          clientId);
    }
    assertEquals(serviceAccountRoles(demo), serviceAccountRoles(production));
    assertEquals(
        demo.get("defaultSignatureAlgorithm"), production.get("defaultSignatureAlgorithm"));
  }

  @Test
  void productionRealmHoldsNoLiteralSecret() {
    for (JsonNode client : production.get("clients")) {
      if (!client.get("publicClient").asBoolean()) {
        String secret = client.path("secret").asText();
        assertTrue(
            PLACEHOLDER.matcher(secret).matches(),
            client.get("clientId") + " has a literal secret");
      }
    }
    List<String> found = new ArrayList<>();
    secrets(production, "", found);
    assertTrue(found.isEmpty(), "literal secrets: " + found);
    String text = production.toString();
    for (JsonNode client : demo.get("clients")) {
      if (client.hasNonNull("secret")) {
        assertFalse(text.contains(client.get("secret").asText()), "a demo secret in production");
      }
    }
  }

  @Test
  void productionRealmGuardsEveryLogin() {
    assertEquals("all", production.get("sslRequired").asText());
    String policy = production.get("passwordPolicy").asText();
    for (String rule :
        List.of("length(12)", "notUsername", "notEmail", "passwordHistory(5)", "maxLength(")) {
      assertTrue(policy.contains(rule), "password policy without " + rule + ": " + policy);
    }
    assertTrue(production.get("bruteForceProtected").asBoolean());
    assertFalse(production.get("permanentLockout").asBoolean(), "lockout as a denial of service");
    assertTrue(production.get("failureFactor").asInt() <= 5);
    assertTrue(production.get("waitIncrementSeconds").asInt() >= 60);
    assertTrue(production.get("accessTokenLifespan").asInt() <= 300);
    assertTrue(production.get("revokeRefreshToken").asBoolean(), "refresh tokens are rotated");
    assertEquals(0, production.get("refreshTokenMaxReuse").asInt());
    assertTrue(production.get("eventsEnabled").asBoolean(), "login events for the audit");
    assertTrue(production.get("adminEventsEnabled").asBoolean(), "admin events for the audit");
    // Admin event details would copy user representations (names, e-mail) into the log.
    assertFalse(production.get("adminEventsDetailsEnabled").asBoolean());
  }

  @Test
  void productionRealmImportRefusesAnUnsetPlaceholder() throws Exception {
    // Keycloak leaves an unset ${VAR} as its literal text (a guessable client secret): the check
    // the deployment runs before the import refuses, naming each one.
    Map<String, String> good = new TreeMap<>();
    good.put("KAP_APP_WEB_REDIRECT_URI", "https://app.clinic.example/callback");
    good.put("KAP_APP_MOBILE_REDIRECT_URI", "org.clinic.kapcare:/callback");
    good.put("KAP_APP_WEB_ORIGIN", "https://app.clinic.example");
    good.put("KAP_APP_WEB_POST_LOGOUT_REDIRECT_URI", "https://app.clinic.example/");
    good.put("KAP_PARTNER_CLINIC_CLIENT_SECRET", "p".repeat(40));
    good.put("KAP_IDENTITY_CLIENT_SECRET", "i".repeat(40));

    String refused = checkImport(Map.of(), 1);
    for (String variable : good.keySet()) {
      assertTrue(refused.contains(variable + " is not set"), refused);
    }
    Map<String, String> weak = new TreeMap<>(good);
    weak.put("KAP_PARTNER_CLINIC_CLIENT_SECRET", "partner-clinic-local-secret");
    weak.put("KAP_APP_WEB_REDIRECT_URI", "https://app.clinic.example/*");
    String weakRefused = checkImport(weak, 1);
    assertTrue(weakRefused.contains("KAP_PARTNER_CLINIC_CLIENT_SECRET is shorter"), weakRefused);
    assertTrue(weakRefused.contains("KAP_APP_WEB_REDIRECT_URI is not an exact"), weakRefused);
    checkImport(good, 0);
  }

  private static String checkImport(Map<String, String> environment, int expectedExit)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                Platform.ROOT.resolve("deploy/keycloak/check-production-realm-env.sh").toString())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectErrorStream(true);
    String path = System.getenv("PATH");
    builder.environment().clear();
    builder.environment().put("PATH", path);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(expectedExit, process.exitValue(), output);
    return output;
  }

  /** Every field whose name says secret or password and whose value is not a placeholder. */
  private static void secrets(JsonNode node, String path, List<String> found) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                String name = field.getKey().toLowerCase();
                JsonNode value = field.getValue();
                if (value.isTextual()
                    && (name.contains("secret")
                        || name.contains("password")
                        || name.equals("value"))
                    && !PLACEHOLDER.matcher(value.asText()).matches()
                    && !name.equals("passwordpolicy")) {
                  found.add(path + "/" + field.getKey());
                }
                secrets(value, path + "/" + field.getKey(), found);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        secrets(node.get(i), path + "/" + i, found);
      }
    }
  }

  private static Set<String> roles(JsonNode realm) {
    Set<String> names = new TreeSet<>();
    realm.get("roles").get("realm").forEach(role -> names.add(role.get("name").asText()));
    return names;
  }

  private static Map<String, JsonNode> clients(JsonNode realm) {
    Map<String, JsonNode> byId = new TreeMap<>();
    realm.get("clients").forEach(client -> byId.put(client.get("clientId").asText(), client));
    return byId;
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    JsonNode client = clients(realm).get(clientId);
    assertTrue(client != null, clientId + " is missing");
    return client;
  }

  /** The roles of each service account, realm and client roles. */
  private static Map<String, String> serviceAccountRoles(JsonNode realm) {
    Map<String, String> roles = new TreeMap<>();
    for (JsonNode user : realm.path("users")) {
      if (user.hasNonNull("serviceAccountClientId")) {
        roles.put(
            user.get("serviceAccountClientId").asText(),
            user.path("realmRoles") + " " + user.path("clientRoles"));
      }
    }
    return roles;
  }

  private static JsonNode realm(String file) {
    try {
      return JSON.readTree(Platform.ROOT.resolve("deploy/keycloak").resolve(file).toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
