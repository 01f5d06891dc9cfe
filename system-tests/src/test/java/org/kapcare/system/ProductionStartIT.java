package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A packaged service in the production profile refuses to start when a secret or address is missing
 * from its environment, and says which ones in one message: no built-in fallback ever applies. Each
 * service is started here on its own, on free ports, with a bare environment.
 */
class ProductionStartIT {

  /** The settings each service must be given in production (docs/security.md). */
  static Stream<Arguments> requiredSettings() {
    List<String> database =
        List.of(
            "KAP_DB_URL",
            "KAP_DB_USER",
            "KAP_DB_PASSWORD",
            "KAP_DB_OWNER_USER",
            "KAP_DB_OWNER_PASSWORD",
            "KAP_OIDC_URL",
            "KAP_PUBLIC_URL");
    return Stream.of(
        Arguments.of(
            "scheduling-service",
            concat(database, "KAP_KEYCLOAK_URL", "KAP_IDENTITY_CLIENT_SECRET")),
        Arguments.of("clinical-record-service", database),
        Arguments.of(
            "notification-service",
            concat(
                database,
                "KAP_SMTP_HOST",
                "KAP_SMTP_PORT",
                "KAP_SMTP_USER",
                "KAP_SMTP_PASSWORD",
                "KAP_SMS_URL",
                "KAP_SMS_ACCOUNT_SID",
                "KAP_SMS_AUTH_TOKEN",
                "KAP_SMS_FROM")),
        Arguments.of(
            "gateway",
            List.of(
                "KAP_OIDC_URL",
                "KAP_SCHEDULING_URL",
                "KAP_RECORDS_URL",
                "KAP_NOTIFICATIONS_URL",
                "KAP_CORS_ORIGINS",
                "KAP_PUBLIC_URL")));
  }

  @ParameterizedTest
  @MethodSource("requiredSettings")
  void aServiceRefusesToStartInProductionNamingEveryMissingSetting(
      String service, List<String> variables) throws Exception {
    String output = startInProduction(service, Map.of());

    for (String variable : variables) {
      assertTrue(output.contains(variable), service + " did not name " + variable + ":\n" + output);
    }
  }

  @Test
  void aServiceRefusesToStartInProductionWithoutItsDatabasePassword() throws Exception {
    // Everything else is given (addresses where nothing listens: were the check ever to let the
    // start through, the service would fail elsewhere, with another message).
    Map<String, String> environment = new TreeMap<>();
    environment.put("KAP_DB_URL", "jdbc:postgresql://127.0.0.1:1/clinical");
    environment.put("KAP_DB_USER", "clinical");
    environment.put("KAP_OIDC_URL", "http://127.0.0.1:1/realms/kap");
    environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");

    String output = startInProduction("clinical-record-service", environment);

    assertTrue(output.contains("KAP_DB_PASSWORD"), output);
    for (String given : List.of("KAP_DB_URL", "KAP_DB_USER", "KAP_OIDC_URL")) {
      assertFalse(output.contains("Could not expand value " + given), given + ":\n" + output);
    }
  }

  /**
   * Starts the packaged service in the production profile with only the given environment and
   * returns its output, once it has exited, non-zero, within a minute.
   */
  private static String startInProduction(String service, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path jar = Platform.ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar");
    assertTrue(Files.exists(jar), jar + " is not packaged (mvn install -DskipTests)");
    Path log = Path.of("target/production-start-" + service + ".log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-Dquarkus.profile=prod",
                "-Dquarkus.http.port=0",
                "-Dquarkus.management.port=0",
                "-jar",
                jar.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), service + " was still running after 60s");
    } finally {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertNotEquals(0, process.exitValue(), service + " started:\n" + output);
    assertTrue(output.contains("Configuration validation failed"), output);
    assertEquals(-1, output.indexOf("started in"), service + " started:\n" + output);
    return output;
  }

  private static List<String> concat(List<String> first, String... more) {
    return Stream.concat(first.stream(), Stream.of(more)).toList();
  }
}
