package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production takes secrets and addresses from the environment only: in each application.properties
 * such a setting has no built-in value outside its %dev/%test lines, and the service's start-up
 * check (kap.required.*, RequiredSettings) covers it. Kafka's settings are left out here: their
 * credentials have rules of their own (docs/security.md, Kafka).
 */
class ProductionSettingsTest {

  /** Settings that are a secret or an address the service connects to. */
  private static final Pattern GUARDED =
      Pattern.compile(
          "quarkus\\.datasource\\.(username|password|jdbc\\.url)"
              + "|quarkus\\.oidc\\.auth-server-url"
              + "|quarkus\\.rest-client\\.[^.]+\\.url"
              + "|quarkus\\.mailer\\.(host|port|username|password)"
              + "|quarkus\\.http\\.cors\\.origins"
              + "|kap\\.gateway\\.routes\\.[^.]+\\.target"
              + "|kap\\.public\\.base-url"
              + "|.*(secret|password|token|account-sid)");

  /** An expression: ${name} or ${name:default}. */
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(:[^}]*)?}");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "scheduling-service",
        "clinical-record-service",
        "notification-service",
        "gateway"
      })
  void noSecretOrAddressHasABuiltInValueInProduction(String service) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Platform.ROOT.resolve(service + "/src/main/resources/application.properties"))) {
      properties.load(reader);
    }
    List<String> required = new ArrayList<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("kap.required.")) {
        Matcher target = EXPRESSION.matcher(properties.getProperty(key));
        assertTrue(target.matches(), key + " must refer to one setting: " + properties.get(key));
        required.add(target.group(1));
      }
    }
    List<String> guarded = new ArrayList<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("%") || key.startsWith("kafka.") || !GUARDED.matcher(key).matches()) {
        continue;
      }
      guarded.add(key);
      String value = properties.getProperty(key);
      Matcher expression = EXPRESSION.matcher(value);
      assertTrue(expression.find(), key + " has a built-in value: " + value);
      expression.reset();
      List<String> refers = new ArrayList<>();
      while (expression.find()) {
        assertTrue(
            expression.group(2) == null,
            key + " falls back to a built-in value in production: " + value);
        refers.add(expression.group(1));
      }
      assertFalse(
          EXPRESSION.matcher(value).replaceAll("").contains("://"),
          key + " has a built-in address: " + value);
      assertTrue(
          required.contains(key) || refers.stream().anyMatch(required::contains),
          key + " is not in the start-up check (kap.required.*) of " + service);
    }
    assertFalse(guarded.isEmpty(), service + ": no secret or address found to check");
  }
}
