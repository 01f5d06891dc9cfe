package org.kapcare.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend for the proxy's slice tests: it answers every request with what it received (method,
 * path and query, the headers the proxy must forward, the body); {@code /slow} answers after 2.5 s,
 * {@code /events} streams three server-sent events half a second apart. The records route points at
 * a port nobody listens on, as if that service were down; the flaky route at a {@link
 * FlakyBackend}. Edge limits are small here so that tests reach them.
 */
public class EchoBackend implements QuarkusTestResourceLifecycleManager {

  static final AtomicInteger REQUESTS = new AtomicInteger();
  private HttpServer server;
  private FlakyBackend flaky;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", EchoBackend::echo);
      server.createContext("/slow", EchoBackend::slow);
      server.createContext("/events", EchoBackend::events);
      server.createContext(
          "/late-events",
          exchange -> {
            pause(1_500);
            events(exchange);
          });
      server.createContext("/quiet-events", EchoBackend::quietEvents);
      server.start();
      flaky = new FlakyBackend();
      Map<String, String> config = new HashMap<>();
      config.put(
          "kap.gateway.routes.scheduling.target",
          "http://127.0.0.1:" + server.getAddress().getPort());
      config.put("kap.gateway.routes.scheduling.response-timeout", "1s");
      config.put("kap.gateway.routes.records.target", "http://127.0.0.1:" + unusedPort());
      config.put("kap.gateway.routes.records.breaker.failure-threshold", "3");
      config.put("kap.gateway.routes.records.breaker.open-for", "30s");
      config.put("kap.gateway.routes.flaky.target", "http://127.0.0.1:" + flaky.port());
      config.put("kap.gateway.edge.max-body-bytes", "1024");
      config.put("kap.gateway.edge.strict-transport-security", "max-age=31536000");
      config.put("kap.gateway.rate-limits.per-user.burst", "30");
      config.put("kap.gateway.rate-limits.per-user.per-second", "1");
      config.put("kap.gateway.partners.clients.partner-clinic.burst", "3");
      config.put("kap.gateway.partners.clients.partner-clinic.per-second", "0.2");
      return config;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void echo(HttpExchange exchange) throws IOException {
    REQUESTS.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String json =
        "{\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"correlationId\":\"%s\",\"body\":%s}"
            .formatted(
                exchange.getRequestMethod(),
                exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Correlation-Id"),
                body.isEmpty() ? "null" : body);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void slow(HttpExchange exchange) throws IOException {
    REQUESTS.incrementAndGet();
    pause(2_500);
    echo(exchange);
  }

  private static void events(HttpExchange exchange) throws IOException {
    REQUESTS.incrementAndGet();
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 1; i <= 3; i++) {
        out.write(("data: {\"n\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (i < 3) {
          pause(500);
        }
      }
    }
  }

  /** An event stream that opens at once and has nothing to say for three seconds. */
  private static void quietEvents(HttpExchange exchange) throws IOException {
    REQUESTS.incrementAndGet();
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.flush();
      pause(3_000);
      out.write("data: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
    if (flaky != null) {
      flaky.close();
    }
  }
}
