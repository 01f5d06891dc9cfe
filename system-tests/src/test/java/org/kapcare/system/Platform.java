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

  /** A connection to one service's own database (for asserting side effects only). */
  static Connection database(String name) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, name, name);
  }

  /**
   * Waits until every consumer group of the running services has read its topics to the end. On a
   * fresh start the services first work through the events the module tests left on the shared
   * topics; a test that measures how fast a change reaches another service starts after that.
   */
  static void awaitConsumersCaughtUp(java.time.Duration limit) {
    java.util.Properties props = new java.util.Properties();
    props.put("bootstrap.servers", org.kapcare.testing.TopicReader.BOOTSTRAP);
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(props)) {
      long deadline = System.nanoTime() + limit.toNanos();
      while (true) {
        long lag = 0;
        List<String> ids =
            admin.listConsumerGroups().all().get().stream()
                .map(g -> g.groupId())
                .filter(id -> id.contains("-service.") && !id.endsWith(".test"))
                .toList();
        for (var described : admin.describeConsumerGroups(ids).all().get().values()) {
          if (described.members().isEmpty()) {
            continue; // nobody consumes for this group now (e.g. a stopped benchmark replica)
          }
          String id = described.groupId();
          var committed = admin.listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata().get();
          var latest =
              admin
                  .listOffsets(
                      committed.keySet().stream()
                          .collect(
                              java.util.stream.Collectors.toMap(
                                  p -> p, p -> org.apache.kafka.clients.admin.OffsetSpec.latest())))
                  .all()
                  .get();
          for (var entry : committed.entrySet()) {
            if (entry.getValue() != null && latest.containsKey(entry.getKey())) {
              lag += Math.max(0, latest.get(entry.getKey()).offset() - entry.getValue().offset());
            }
          }
        }
        if (lag == 0) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "consumers still " + lag + " events behind after " + limit);
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

  /** SIGKILL to a service's process group, as an OOM killer or a node failure would. */
  static void kill(String service) {
    try {
      String pid =
          java.nio.file.Files.readAllLines(ROOT.resolve(".kap/pids/" + service + ".pid"))
              .get(0)
              .strip();
      new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start().waitFor();
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

  /** Runs one of the local platform scripts, e.g. {@code kafka.sh stop}. */
  static void script(String script, String command) {
    try {
      Process process =
          new ProcessBuilder("bash", ROOT.resolve("deploy/local/" + script).toString(), command)
              .inheritIO()
              .start();
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
