package org.kapcare.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend for the proxy's slice tests: it answers every request with what it received (method,
 * path and query, the headers the proxy must forward, the body). The records route points at a port
 * nobody listens on, as if that service were down.
 */
public class EchoBackend implements QuarkusTestResourceLifecycleManager {

  static final AtomicInteger REQUESTS = new AtomicInteger();
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            REQUESTS.incrementAndGet();
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
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
          });
      server.start();
      return Map.of(
          "kap.gateway.routes.scheduling.target",
          "http://127.0.0.1:" + server.getAddress().getPort(),
          "kap.gateway.routes.records.target",
          "http://127.0.0.1:" + unusedPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
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
  }
}
