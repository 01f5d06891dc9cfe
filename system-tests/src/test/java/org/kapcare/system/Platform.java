package org.kapcare.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kapcare.testing.DemoUser;

/** The running platform: its gateway, its databases and its local scripts. */
final class Platform {

  static final String GATEWAY = "http://127.0.0.1:8080";

  /** The gateway's management interface: health, metrics, its own OpenAPI; never routed. */
  static final String GATEWAY_MANAGEMENT = "http://127.0.0.1:9080";

  static final Path ROOT = Path.of(System.getProperty("kap.root", "..")).toAbsolutePath();

  private Platform() {}

  /** Every contraindication of the evaluation screening answered "no" (domain.md §3). */
  static java.util.Map<String, Object> noContraindications() {
    java.util.Map<String, Object> screening = new java.util.HashMap<>();
    for (String item :
        List.of(
            "PSYCHOSIS_SCHIZOPHRENIA_OR_BIPOLAR_MANIA",
            "ACTIVE_SUBSTANCE_USE_DISORDER",
            "PREGNANCY_OR_BREASTFEEDING",
            "UNCONTROLLED_HYPERTENSION",
            "ISCHEMIC_HEART_DISEASE",
            "ANEURYSMAL_VASCULAR_DISEASE",
            "ARTERIOVENOUS_MALFORMATION",
            "INTRACEREBRAL_HEMORRHAGE_HISTORY",
            "RAISED_INTRACRANIAL_PRESSURE",
            "ADVANCED_LIVER_DISEASE",
            "KETAMINE_HYPERSENSITIVITY")) {
      screening.put(item, false);
    }
    return screening;
  }

  /** A request through the gateway as a demo user. */
  static RequestSpecification as(DemoUser user) {
    return RestAssured.given().baseUri(GATEWAY).header("Authorization", user.bearer());
  }

  static RequestSpecification anonymous() {
    return RestAssured.given().baseUri(GATEWAY);
  }

  /** A request to the gateway's management interface (what Prometheus and the probes call). */
  static RequestSpecification management() {
    return RestAssured.given().baseUri(GATEWAY_MANAGEMENT);
  }

  /**
   * A connection to one service's own database (for asserting side effects only): the system tests'
   * set of it, {@code <name>_system}, as the services under test run on it.
   */
  static Connection database(String name) throws SQLException {
    String set = System.getProperty("kap.db.set", "system");
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/" + name + "_" + set, name, name);
  }

  /** The consumer groups of the running services, one per service and topic it reads. */
  static final List<String> CONSUMER_GROUPS =
      List.of(
          "scheduling-service.clinical-events",
          "clinical-record-service.scheduling-events",
          "clinical-record-service.notification-events",
          "notification-service.clinical-events",
          "notification-service.scheduling-events");

  /**
   * Waits until every consumer group of the running services has joined, holds its partitions and
   * has read them to the end. On a fresh start the services first work through the events the
   * module tests left on the shared topics; a test that measures how fast a change reaches another
   * service starts after that. A partition a group has never committed on counts from its first
   * offset: a group that has only just joined is not "caught up" because it has not committed yet.
   */
  static void awaitConsumersCaughtUp(java.time.Duration limit) {
    // As the local test principal: it may describe the services' groups (deploy/local/kafka).
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(
            org.kapcare.testing.KafkaClients.asTestPrincipal())) {
      long deadline = System.nanoTime() + limit.toNanos();
      String behind;
      while ((behind = behind(admin)) != null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("after " + limit + ": " + behind);
        }
        Thread.sleep(500);
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Why the consumers are not caught up yet, or null when they are. */
  private static String behind(org.apache.kafka.clients.admin.Admin admin)
      throws java.util.concurrent.ExecutionException, InterruptedException {
    var groups = admin.describeConsumerGroups(CONSUMER_GROUPS).all().get();
    for (String id : CONSUMER_GROUPS) {
      var group = groups.get(id);
      if (group.groupState() != org.apache.kafka.common.GroupState.STABLE
          || group.members().isEmpty()) {
        return id + " is " + group.groupState() + " with " + group.members().size() + " members";
      }
      var assigned =
          group.members().stream()
              .flatMap(m -> m.assignment().topicPartitions().stream())
              .collect(java.util.stream.Collectors.toSet());
      var committed = admin.listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata().get();
      var first = offsets(admin, assigned, org.apache.kafka.clients.admin.OffsetSpec.earliest());
      var last = offsets(admin, assigned, org.apache.kafka.clients.admin.OffsetSpec.latest());
      long lag = 0;
      for (var partition : assigned) {
        var read = committed.get(partition);
        long position = read == null ? first.get(partition) : read.offset();
        lag += Math.max(0, last.get(partition) - position);
      }
      if (lag > 0) {
        return id + " is " + lag + " events behind";
      }
    }
    return null;
  }

  private static java.util.Map<org.apache.kafka.common.TopicPartition, Long> offsets(
      org.apache.kafka.clients.admin.Admin admin,
      java.util.Set<org.apache.kafka.common.TopicPartition> partitions,
      org.apache.kafka.clients.admin.OffsetSpec spec)
      throws java.util.concurrent.ExecutionException, InterruptedException {
    var request =
        new java.util.HashMap<
            org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
    partitions.forEach(p -> request.put(p, spec));
    var result = new java.util.HashMap<org.apache.kafka.common.TopicPartition, Long>();
    admin.listOffsets(request).all().get().forEach((p, info) -> result.put(p, info.offset()));
    return result;
  }

  /** SIGKILL to a service's process group, as an OOM killer or a node failure would. */
  static void kill(String service) {
    try {
      String pid =
          java.nio.file.Files.readAllLines(ROOT.resolve(".kap/pids/" + service + ".pid"))
              .get(0)
              .strip();
      start("kill", "-KILL", "--", "-" + pid).waitFor();
      for (int i = 0;
          i < 100 && new ProcessBuilder("kill", "-0", pid).start().waitFor() == 0;
          i++) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Where the output of the processes the tests start goes. */
  static final Path PROCESS_LOG = Path.of("target/processes.log").toAbsolutePath();

  /**
   * Starts a process with no input and its output appended to {@link #PROCESS_LOG}: the test JVM's
   * own stdin and stdout are the build tool's channel to it, which a child must not read or write.
   */
  static Process start(String... command) throws IOException {
    java.nio.file.Files.createDirectories(PROCESS_LOG.getParent());
    return new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(PROCESS_LOG.toFile()))
        .start();
  }

  /** Runs one of the local platform scripts, e.g. {@code kafka.sh stop}. */
  static void script(String script, String command) {
    try {
      Process process = start("bash", ROOT.resolve("deploy/local/" + script).toString(), command);
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(script + " " + command + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
