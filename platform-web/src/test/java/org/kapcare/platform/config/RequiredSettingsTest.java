package org.kapcare.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up check against built-in secrets: production takes them from the environment. */
class RequiredSettingsTest {

  /** A service's application.properties as the services write them. */
  private static final Map<String, String> APPLICATION_PROPERTIES =
      Map.of(
          "quarkus.datasource.username", "${KAP_DB_USER}",
          "quarkus.datasource.password", "${KAP_DB_PASSWORD}",
          "quarkus.oidc.auth-server-url", "${KAP_OIDC_URL}",
          "%dev.quarkus.datasource.username", "${KAP_DB_USER:scheduling}",
          "%test.quarkus.datasource.username", "${KAP_DB_USER:scheduling}",
          "%test.quarkus.datasource.password", "${KAP_DB_PASSWORD:scheduling}",
          "%test.quarkus.oidc.auth-server-url", "${KAP_OIDC_URL:http://localhost:8180/realms/kap}",
          "kap.required.db-user", "${quarkus.datasource.username}",
          "kap.required.db-password", "${quarkus.datasource.password}",
          "kap.required.oidc-url", "${quarkus.oidc.auth-server-url}");

  @Test
  void productionRefusesToStartNamingEveryMissingVariableInOneMessage() {
    ConfigValidationException refused =
        assertThrows(
            ConfigValidationException.class,
            () -> config("prod", Map.of("KAP_DB_USER", "scheduling")));

    String message = refused.getMessage();
    assertTrue(message.contains("KAP_DB_PASSWORD"), message);
    assertTrue(message.contains("KAP_OIDC_URL"), message);
    assertTrue(!message.contains("KAP_DB_USER"), message);
  }

  @Test
  void productionStartsWhenTheEnvironmentGivesEverySetting() {
    SmallRyeConfig config =
        config(
            "prod",
            Map.of(
                "KAP_DB_USER", "scheduling_app",
                "KAP_DB_PASSWORD", "from-the-vault",
                "KAP_OIDC_URL", "https://id.clinic.example/realms/kap"));

    Map<String, RequiredSettings.Setting> settings =
        config.getConfigMapping(RequiredSettings.class).settings();
    assertEquals("from-the-vault", settings.get("db-password").value());
    assertEquals("from-the-vault", config.getValue("quarkus.datasource.password", String.class));
  }

  @Test
  void aSettingGivenDirectlyByItsOwnVariableSatisfiesTheCheck() {
    SmallRyeConfig config =
        config(
            "prod",
            Map.of(
                "KAP_DB_USER", "scheduling_app",
                "QUARKUS_DATASOURCE_PASSWORD", "from-a-mounted-secret",
                "KAP_OIDC_URL", "https://id.clinic.example/realms/kap"));

    assertEquals(
        "from-a-mounted-secret",
        config.getConfigMapping(RequiredSettings.class).settings().get("db-password").value());
  }

  @Test
  void localValuesApplyInTheTestProfileOnly() {
    SmallRyeConfig config = config("test", Map.of());

    assertEquals("scheduling", config.getValue("quarkus.datasource.password", String.class));
    assertThrows(ConfigValidationException.class, () -> config("prod", Map.of()));
  }

  @Test
  void theDevProfileWithoutALocalValueIsRefusedToo() {
    ConfigValidationException refused =
        assertThrows(ConfigValidationException.class, () -> config("dev", Map.of()));

    assertTrue(refused.getMessage().contains("KAP_DB_PASSWORD"), refused.getMessage());
    assertTrue(!refused.getMessage().contains("KAP_DB_USER"), refused.getMessage());
  }

  private static SmallRyeConfig config(String profile, Map<String, String> environment) {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withProfile(profile)
        .withSources(
            new PropertiesConfigSource(APPLICATION_PROPERTIES, "application.properties", 250))
        .withSources(new EnvConfigSource(environment, 300))
        .withMapping(RequiredSettings.class)
        .build();
  }
}
