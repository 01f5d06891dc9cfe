package org.kapcare.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings for the Kafka clients tests create. The local broker authenticates every client
 * (SASL/SCRAM-SHA-512) and authorizes it by ACLs (deploy/local/kafka/acls.txt), so a test client is
 * someone: by default the test principal {@code kap-test}, which exists only on the local broker
 * (deploy/local/kafka/acls-local.txt, never deployed) and may read and write every topic, create
 * topics and read every group, because tests publish forged and foreign events on purpose, playing
 * the other services.
 */
public final class KafkaClients {

  /** Where the local broker listens: {@code -Dkap.kafka.bootstrap}, KAFKA_BOOTSTRAP_SERVERS. */
  public static final String BOOTSTRAP =
      System.getProperty(
          "kap.kafka.bootstrap",
          System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));

  /** The local and test-only principal test-support's clients authenticate as. */
  public static final String TEST_PRINCIPAL = System.getProperty("kap.kafka.user", "kap-test");

  private KafkaClients() {}

  /** The local broker's password of a principal (deploy/local/common.sh, kafka_password). */
  public static String localPassword(String principal) {
    return principal + "-local-secret";
  }

  /** Client settings authenticated as the test principal. */
  public static Map<String, Object> asTestPrincipal() {
    return as(
        TEST_PRINCIPAL, System.getProperty("kap.kafka.password", localPassword(TEST_PRINCIPAL)));
  }

  /** Client settings authenticated as {@code principal} with its local password. */
  public static Map<String, Object> as(String principal) {
    return as(principal, localPassword(principal));
  }

  /** Client settings authenticated as {@code principal} with {@code password}. */
  public static Map<String, Object> as(String principal, String password) {
    Map<String, Object> settings = unauthenticated();
    settings.put("security.protocol", "SASL_PLAINTEXT");
    settings.put("sasl.mechanism", "SCRAM-SHA-512");
    settings.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + principal
            + "\" password=\""
            + password
            + "\";");
    return settings;
  }

  /** Client settings with no credentials at all (what the broker must refuse). */
  public static Map<String, Object> unauthenticated() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("bootstrap.servers", BOOTSTRAP);
    return settings;
  }
}
