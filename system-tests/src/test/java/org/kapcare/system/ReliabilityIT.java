package org.kapcare.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/**
 * The platform under failure, through the gateway: a 30 s broker outage, a consumer killed with
 * SIGKILL, each service restarted while clients keep working, and 50 clients racing for one slot.
 * Exactly-once is checked in the databases: one processed row and one effect per event.
 */
class ReliabilityIT {

  private static final String ZONE = "America/Denver";
  private static final String SCHEDULING_CONSUMER = "scheduling-service.clinical-events";

  private static String run;
  private static UUID therapist;
  private static UUID location;

  @BeforeAll
  static void clinic() {
    run = Long.toString(System.currentTimeMillis(), 36);
    Platform.awaitConsumersCaughtUp(java.time.Duration.ofMinutes(5));
    therapist = Keycloak.newStaff("rtess-" + run, "Tess", "Reliable", "therapist");
    location =
        JourneyIT.id(
            cora()
                .body(Map.of("name", "Reliability clinic " + run, "timeZone", ZONE))
                .post("/api/scheduling/locations"));
    JourneyIT.provider(location, therapist, "Tess Reliable", "THERAPIST");
  }

  @AfterAll
  static void report() throws Exception {
    System.out.println(Propagation.report(Path.of("target/propagation.txt")));
  }

  @Test
  void brokerDownFor30SecondsDelaysEventsButLosesAndDuplicatesNothing() throws Exception {
    List<UUID> clients = new ArrayList<>();
    Platform.script("kafka.sh", "stop");
    Instant down = Instant.now();
    try {
      for (int i = 0; i < 5; i++) {
        clients.add(
            enrollWithTeam(therapist)); // writes need no broker: the outbox keeps the events
      }
      cora().get("/api/scheduling/appointment-types").then().statusCode(200);
      cora().get("/api/records/clients/{c}", clients.get(0)).then().statusCode(200);
      long left = Duration.ofSeconds(30).minus(Duration.between(down, Instant.now())).toMillis();
      if (left > 0) {
        Thread.sleep(left);
      }
    } finally {
      Platform.script("kafka.sh", "start");
    }
    for (UUID client : clients) {
      awaitTherapistKnown(client, Duration.ofSeconds(90));
    }
    assertEachEventAppliedOnce(clients);
  }

  @Test
  void consumerKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
    List<UUID> clients = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clients.add(enrollWithTeam(therapist));
    }
    Platform.kill("scheduling-service");
    for (int i = 0; i < 10; i++) {
      clients.add(enrollWithTeam(therapist)); // scheduling is down; records keep working
    }
    Platform.script("services.sh", "start");
    for (UUID client : clients) {
      awaitTherapistKnown(client, Duration.ofSeconds(90));
    }
    assertEachEventAppliedOnce(clients);
  }

  @Test
  void eachServiceRestartedWhileClientsKeepWorking() throws Exception {
    for (String service :
        List.of(
            "clinical-record-service", "scheduling-service", "notification-service", "gateway")) {
      ExecutorService restart = Executors.newSingleThreadExecutor();
      Future<?> done =
          restart.submit(
              () -> {
                Platform.kill(service);
                Platform.script("services.sh", "start");
                return null;
              });
      List<UUID> clients = new ArrayList<>();
      while (!done.isDone()) {
        clients.add(retrying(() -> enrollWithTeam(therapist)));
      }
      done.get();
      restart.shutdown();
      clients.add(retrying(() -> enrollWithTeam(therapist)));
      for (UUID client : clients) {
        awaitTherapistKnown(client, Duration.ofSeconds(90));
      }
      assertEachEventAppliedOnce(clients);
    }
  }

  /**
   * A change notice waits out the debounce (20 s here) as a delivery row with a due time; the
   * notification service is killed while it waits and started again: the notice is sent, once.
   */
  @Test
  void changeNoticeQueuedBeforeARestartIsSentOnceAfterIt() throws Exception {
    UUID client = enrollWithTeam(therapist);
    awaitTherapistKnown(client, Duration.ofSeconds(60));
    String mail = "reliable-" + client + "@journey.kapcare.org";
    List<String> slots =
        cora()
            .queryParam("type", "preparation")
            .queryParam("clientId", client)
            .queryParam("locationId", location)
            .queryParam("from", Instant.now().plus(5, ChronoUnit.DAYS).toString())
            .get("/api/scheduling/slots")
            .then()
            .statusCode(200)
            .extract()
            .path("startsAt");
    String appointment =
        cora()
            .body(
                JourneyIT.booking(
                    "preparation", client, location, slots.get(0), List.of(therapist.toString())))
            .post("/api/scheduling/appointments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Propagation.await(
        "AppointmentBooked → confirmation e-mail",
        Duration.ofSeconds(30),
        () -> !JourneyIT.mail(mail, "confirmed").isEmpty());
    cora()
        .header(
            "If-Match", cora().get("/api/scheduling/appointments/{a}", appointment).header("ETag"))
        .body(Map.of("startsAt", slots.get(1)))
        .post("/api/scheduling/appointments/{a}/reschedule", appointment)
        .then()
        .statusCode(200);
    Propagation.await(
        "AppointmentRescheduled → change notice queued",
        Duration.ofSeconds(30),
        () -> changeNotices(client).contains("EMAIL:QUEUED"));

    Platform.kill("notification-service");
    Platform.script("services.sh", "start");

    Propagation.awaitPolicyWait(
        "queued change notice → sent after a restart (20 s debounce)",
        Duration.ofSeconds(120),
        () -> changeNotices(client).stream().allMatch(n -> n.endsWith(":SENT")));
    assertEquals(1, JourneyIT.mail(mail, "moved").size(), "change notices e-mailed");
  }

  /** The client's change-notice deliveries as CHANNEL:STATUS. */
  private static List<String> changeNotices(UUID client) {
    List<Map<String, Object>> deliveries =
        cora()
            .queryParam("clientId", client)
            .queryParam("limit", 200)
            .get("/api/notifications/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return deliveries.stream()
        .filter(d -> "APPOINTMENT_CHANGED".equals(d.get("kind")))
        .map(d -> d.get("channel") + ":" + d.get("status"))
        .toList();
  }

  @Test
  void fiftyClientsRacingForOneSlotMakeOneAppointment() throws Exception {
    List<UUID> clients = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      clients.add(enrollWithTeam(therapist));
    }
    for (UUID client : clients) {
      awaitTherapistKnown(client, Duration.ofSeconds(60));
    }
    Instant slot =
        Instant.parse(
            cora()
                .queryParam("type", "preparation")
                .queryParam("clientId", clients.get(0))
                .queryParam("locationId", location)
                .queryParam("from", Instant.now().plus(3, ChronoUnit.DAYS).toString())
                .get("/api/scheduling/slots")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("[0].startsAt"));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch ready = new CountDownLatch(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (UUID client : clients) {
      answers.add(
          pool.submit(
              () -> {
                Map<String, Object> body = new HashMap<>();
                body.put("typeCode", "preparation");
                body.put("clientId", client.toString());
                body.put("locationId", location.toString());
                body.put("startsAt", slot.toString());
                body.put("providerIds", List.of(therapist.toString()));
                RequestSpecification request = cora().body(body);
                ready.countDown();
                go.await();
                return request.post("/api/scheduling/appointments").statusCode();
              }));
    }
    ready.await();
    go.countDown();
    Map<Integer, Integer> statuses = new HashMap<>();
    for (Future<Integer> answer : answers) {
      statuses.merge(answer.get(), 1, Integer::sum);
    }
    pool.shutdown();
    assertEquals(Map.of(201, 1, 409, 49), statuses);
    try (Connection db = Platform.database("scheduling");
        PreparedStatement q =
            db.prepareStatement(
                "SELECT count(*) FROM appointment a JOIN appointment_provider p ON p.appointment_id"
                    + " = a.id WHERE p.provider_id = ? AND a.starts_at = ?")) {
      q.setObject(1, therapist);
      q.setObject(2, java.sql.Timestamp.from(slot));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1));
      }
    }
  }

  /** A new client whose care team is {@code therapist} and Paula, enrolled by the coordinator. */
  static UUID enrollWithTeam(UUID therapist) {
    UUID id = UUID.randomUUID();
    cora()
        .body(
            Map.of(
                "personId",
                id.toString(),
                "givenName",
                "Reliable",
                "familyName",
                "Client",
                "dateOfBirth",
                "1990-01-01",
                "email",
                "reliable-" + id + "@journey.kapcare.org",
                "timeZone",
                ZONE,
                "referralSource",
                "SELF",
                "smsOptIn",
                false))
        .post("/api/records/clients")
        .then()
        .statusCode(201);
    cora()
        .body(
            Map.of(
                "therapistId", therapist.toString(),
                "prescriberId", DemoUser.PAULA_PRESCRIBER.id(),
                "primaryClinicianId", therapist.toString()))
        .put("/api/records/clients/{c}/care-team", id)
        .then()
        .statusCode(200);
    return id;
  }

  /** Like a client app: retries a step that met a restarting service (5xx or no connection). */
  static <T> T retrying(Callable<T> step) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (true) {
      try {
        return step.call();
      } catch (AssertionError | Exception e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  private static void awaitTherapistKnown(UUID client, Duration limit) {
    Propagation.await(
        "CareTeamAssigned → scheduling (under failure)",
        limit,
        () ->
            therapist
                .toString()
                .equals(cora().get("/api/scheduling/clients/{c}", client).path("therapistId")));
  }

  /**
   * Every clinical event about these clients was published, and scheduling processed each exactly
   * once (one inbox row per event; the projection has one row per client).
   */
  private static void assertEachEventAppliedOnce(List<UUID> clients) throws Exception {
    List<String> ids = clients.stream().map(UUID::toString).toList();
    List<String> events = new ArrayList<>();
    try (Connection clinical = Platform.database("clinical");
        PreparedStatement q =
            clinical.prepareStatement(
                "SELECT id::text, published_at IS NOT NULL FROM outbox_event"
                    + " WHERE aggregateid = ANY(?)")) {
      q.setArray(1, clinical.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          events.add(rs.getString(1));
          assertTrue(rs.getBoolean(2), "event " + rs.getString(1) + " was never published");
        }
      }
    }
    assertEquals(clients.size() * 2, events.size(), "ClientEnrolled + CareTeamAssigned each");
    try (Connection scheduling = Platform.database("scheduling")) {
      try (PreparedStatement q =
          scheduling.prepareStatement(
              "SELECT count(*), count(DISTINCT event_id) FROM processed_event"
                  + " WHERE consumer = ? AND event_id = ANY(?)")) {
        q.setString(1, SCHEDULING_CONSUMER);
        q.setArray(2, scheduling.createArrayOf("varchar", events.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          assertEquals(events.size(), rs.getInt(1), "every event processed");
          assertEquals(events.size(), rs.getInt(2), "none processed twice");
        }
      }
      try (PreparedStatement q =
          scheduling.prepareStatement("SELECT count(*) FROM client WHERE id = ANY(?)")) {
        q.setArray(1, scheduling.createArrayOf("uuid", clients.toArray()));
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          assertEquals(clients.size(), rs.getInt(1));
        }
      }
    }
  }

  private static RequestSpecification cora() {
    return Platform.as(DemoUser.CORA_COORDINATOR).contentType(ContentType.JSON);
  }
}
