package org.kapcare.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The three services as the gateway sees them over real HTTP: each serves its recorded OpenAPI
 * document (taken from the running service) and canned answers for the calls of the views. A
 * service can be made slow or stopped and started again on the same port.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

  static final String LOCATION = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  static final String CEDAR = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706";
  static final String BIRCH = "5c4b3a29-1807-4f6e-9d5c-4b3a29180707";

  /** A second site, in Denver (MST, two hours behind the first site's New York). */
  static final String DENVER_SITE = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e";

  /** What each service saw last, by "service path": query string and Authorization. */
  static final Map<String, String> LAST_QUERY = new ConcurrentHashMap<>();

  static final Map<String, String> LAST_AUTHORIZATION = new ConcurrentHashMap<>();

  /** Milliseconds each service waits before answering. */
  static final Map<String, Integer> DELAY = new ConcurrentHashMap<>();

  private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
  private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();

  @Override
  public Map<String, String> start() {
    for (String service : new String[] {"scheduling", "records", "notifications"}) {
      startService(service, 0);
    }
    return Map.of(
        "kap.gateway.routes.scheduling.target", url("scheduling"),
        "kap.gateway.routes.records.target", url("records"),
        "kap.gateway.routes.notifications.target", url("notifications"));
  }

  @Override
  public void stop() {
    SERVERS.values().forEach(server -> server.stop(0));
    SERVERS.clear();
  }

  static String url(String service) {
    return "http://127.0.0.1:" + PORTS.get(service);
  }

  /** Stops a service: its port refuses connections until {@link #restart}. */
  static void stopService(String service) {
    HttpServer server = SERVERS.remove(service);
    if (server != null) {
      server.stop(0);
    }
  }

  static void restart(String service) {
    if (!SERVERS.containsKey(service)) {
      startService(service, PORTS.get(service));
    }
  }

  private static void startService(String service, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", exchange -> answer(service, exchange));
      server.start();
      SERVERS.put(service, server);
      PORTS.put(service, server.getAddress().getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(String service, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getQuery();
    LAST_QUERY.put(service + " " + path, query == null ? "" : query);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null) {
      LAST_AUTHORIZATION.put(service + " " + path, authorization);
    }
    int delay = DELAY.getOrDefault(service, 0);
    if (delay > 0 && !path.equals("/q/openapi")) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String body = path.equals("/q/openapi") ? document(service) : body(service, path, query);
    int status = body == null ? 404 : 200;
    byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String document(String service) throws IOException {
    try (InputStream in = StubServices.class.getResourceAsStream("/openapi/" + service + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String body(String service, String path, String query) {
    return switch (service + " " + path) {
      case "scheduling /appointments" ->
          query != null && query.contains("clientId=") ? CLIENT_APPOINTMENTS : BOARD_APPOINTMENTS;
      case "scheduling /locations/" + LOCATION + "/rooms" -> ROOMS;
      case "records /handoffs/open" -> HANDOFFS;
      case "notifications /inbox/unread-count" -> "{\"unread\": 3}";
      case "notifications /inbox" -> INBOX;
      default -> {
        if (service.equals("records") && path.endsWith("/summary")) {
          yield SUMMARY;
        }
        if (service.equals("records") && path.endsWith("/assessments")) {
          yield ASSESSMENTS;
        }
        yield null;
      }
    };
  }

  private static final String APPOINTMENTS =
      """
      {"items": [%s],
       "next": null}
      """;

  /** A client's first three: what the journey asks for (by clientId). */
  private static final String CLIENT_APPOINTMENTS = APPOINTMENTS.formatted(Items.FIRST_SITE);

  /**
   * The board's: the first site's day and, around midnight of the 3rd, sessions at 23:30 local in
   * New York and in Denver.
   */
  private static final String BOARD_APPOINTMENTS =
      APPOINTMENTS.formatted(Items.FIRST_SITE + ",\n" + Items.AROUND_MIDNIGHT);

  private static final class Items {
    static final String FIRST_SITE =
        """
        {"id": "00000000-0000-4000-8000-000000000001", "typeCode": "dosing-iv",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01"],
         "locationId": "%1$s", "roomId": "%2$s",
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01"],
         "startsAt": "2026-12-03T15:00:00Z", "endsAt": "2026-12-03T17:00:00Z",
         "status": "CHECKED_IN", "lateCancel": false, "version": 3,
         "timeZone": "America/New_York"},
        {"id": "00000000-0000-4000-8000-000000000002", "typeCode": "integration",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02"],
         "locationId": "%1$s", "roomId": null,
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01"],
         "startsAt": "2026-12-03T14:00:00Z", "endsAt": "2026-12-03T15:00:00Z",
         "status": "BOOKED", "lateCancel": false, "version": 1,
         "timeZone": "America/New_York"},
        {"id": "00000000-0000-4000-8000-000000000003", "typeCode": "dosing-intranasal",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02"],
         "locationId": "%1$s", "roomId": "%3$s",
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02"],
         "startsAt": "2026-12-03T13:00:00Z", "endsAt": "2026-12-03T15:00:00Z",
         "status": "CONFIRMED", "lateCancel": false, "version": 2,
         "timeZone": "America/New_York"}
        """
            .formatted(LOCATION, CEDAR, BIRCH)
            .strip();

    static final String AROUND_MIDNIGHT =
        """
        {"id": "00000000-0000-4000-8000-000000000004", "typeCode": "integration",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b03",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b03"],
         "locationId": "%1$s", "roomId": null,
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02"],
         "startsAt": "2026-12-03T04:30:00Z", "endsAt": "2026-12-03T05:30:00Z",
         "status": "BOOKED", "lateCancel": false, "version": 0,
         "timeZone": "America/New_York"},
        {"id": "00000000-0000-4000-8000-000000000005", "typeCode": "integration",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b04",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b04"],
         "locationId": "%2$s", "roomId": null,
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a03"],
         "startsAt": "2026-12-03T06:30:00Z", "endsAt": "2026-12-03T07:30:00Z",
         "status": "BOOKED", "lateCancel": false, "version": 0,
         "timeZone": "America/Denver"},
        {"id": "00000000-0000-4000-8000-000000000006", "typeCode": "integration",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b05",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b05"],
         "locationId": "%2$s", "roomId": null,
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a03"],
         "startsAt": "2026-12-04T06:30:00Z", "endsAt": "2026-12-04T07:30:00Z",
         "status": "BOOKED", "lateCancel": false, "version": 0,
         "timeZone": "America/Denver"},
        {"id": "00000000-0000-4000-8000-000000000007", "typeCode": "integration",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b06",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b06"],
         "locationId": "%1$s", "roomId": null,
         "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02"],
         "startsAt": "2026-12-04T04:30:00Z", "endsAt": "2026-12-04T05:30:00Z",
         "status": "BOOKED", "lateCancel": false, "version": 0,
         "timeZone": "America/New_York"}
        """
            .formatted(LOCATION, DENVER_SITE)
            .strip();
  }

  private static final String ROOMS =
      """
      {"items": [
        {"id": "%s", "locationId": "%s", "name": "Cedar room", "equipment": []},
        {"id": "%s", "locationId": "%s", "name": "Birch room", "equipment": []}],
       "next": null}
      """
          .formatted(CEDAR, LOCATION, BIRCH, LOCATION);

  private static final String SUMMARY =
      """
      {"client": {"id": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01", "givenName": "Kerry"},
       "course": {"planId": "6d5c4b3a-2918-4706-8f5e-4d3c2b1a0f9e", "route": "IV",
         "doseMg": 35, "dosingSessions": 6, "dosingSessionsCompleted": 2, "courseWeeks": 3,
         "signedAt": "2026-11-01T10:00:00Z"},
       "assessments": [], "openHandoffs": 0}
      """;

  private static final String ASSESSMENTS =
      """
      [{"id": "00000000-0000-4000-8000-0000000000a1", "instrument": "PHQ9", "total": 19,
        "severity": "moderately severe", "administeredAt": "2026-11-02T10:00:00Z",
        "baselineTotal": null, "changeFromBaseline": null, "response": false,
        "remission": false},
       {"id": "00000000-0000-4000-8000-0000000000a2", "instrument": "PHQ9", "total": 8,
        "severity": "mild", "administeredAt": "2026-11-30T10:00:00Z", "baselineTotal": 19,
        "changeFromBaseline": -11, "response": true, "remission": false}]
      """;

  private static final String HANDOFFS =
      """
      {"items": [{"id": "00000000-0000-4000-8000-0000000000b1",
        "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
        "authorId": "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01", "body": "BP high at discharge",
        "priority": "URGENT", "sharedAt": "2026-12-03T12:00:00Z", "acknowledged": false}],
       "next": null}
      """;

  private static final String INBOX =
      """
      {"items": [
        {"id": "00000000-0000-4000-8000-0000000000c1", "kind": "VITALS_ALERT",
         "title": "Vitals alert", "urgent": true, "needsAcknowledgment": true,
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
         "createdAt": "2026-12-03T15:40:00Z", "acknowledgedAt": null, "version": 0},
        {"id": "00000000-0000-4000-8000-0000000000c2", "kind": "VITALS_ALERT",
         "title": "Vitals alert", "urgent": true, "needsAcknowledgment": true,
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02",
         "createdAt": "2026-12-03T11:00:00Z", "acknowledgedAt": "2026-12-03T11:05:00Z",
         "version": 1},
        {"id": "00000000-0000-4000-8000-0000000000c3", "kind": "BOOKING_CONFIRMED",
         "title": "Booking confirmed", "urgent": false, "needsAcknowledgment": false,
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
         "createdAt": "2026-12-03T09:00:00Z", "acknowledgedAt": null, "version": 0}],
       "next": null}
      """;
}
