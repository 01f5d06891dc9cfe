package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Http;

/** Timeouts, retries, circuit breaker and streaming of the proxy. */
@QuarkusTest
@QuarkusTestResource(value = EchoBackend.class, restrictToAnnotatedClass = true)
class ProxyResilienceTest {

  @TestHTTPResource("/api/scheduling/events")
  URI events;

  @Test
  void shouldStreamServerSentEventsAsTheyCome() throws Exception {
    long started = System.nanoTime();
    HttpResponse<java.io.InputStream> response = Http.eventStream(events, DemoUser.KERRY.bearer());
    assertEquals(200, response.statusCode());
    assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElseThrow());
    List<Long> arrivals = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("data:")) {
          arrivals.add((System.nanoTime() - started) / 1_000_000);
        }
      }
    }
    assertEquals(3, arrivals.size());
    // The service sends one event every 500 ms: the first must arrive long before the last.
    assertTrue(arrivals.get(2) - arrivals.get(0) >= 800, "buffered: " + arrivals);
  }

  @TestHTTPResource("/api/scheduling/quiet-events")
  URI quietEvents;

  @Test
  void shouldOpenAnEventStreamAtOnceNotWithItsFirstEvent() throws Exception {
    long started = System.nanoTime();
    HttpResponse<java.io.InputStream> response =
        Http.eventStream(quietEvents, DemoUser.KERRY.bearer());
    long openedAfter = (System.nanoTime() - started) / 1_000_000;
    response.body().close();
    assertEquals(200, response.statusCode());
    // The first event comes after 3 s; a client must know its stream is open long before.
    assertTrue(openedAfter < 2_000, "the stream opened only after " + openedAfter + " ms");
  }

  @Test
  void shouldWaitForAnEventStreamLongerThanTheResponseTimeout() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .accept("text/event-stream")
        .get("/api/scheduling/late-events")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("data: {\"n\":3}"));
  }

  @Test
  void shouldAnswer504WhenTheServiceIsSlowerThanTheResponseTimeout() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/scheduling/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("type", equalTo("https://kapcare.org/problems/backend-timeout"))
        .time(lessThan(2_400L));
  }

  @Test
  void shouldRetryAGetWhoseConnectionWasDropped() {
    FlakyBackend.DROP.set(1);
    int before = FlakyBackend.CONNECTIONS.get();
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/flaky/anything")
        .then()
        .statusCode(200)
        .body("ok", equalTo(true));
    assertEquals(before + 2, FlakyBackend.CONNECTIONS.get(), "dropped once, then answered");
  }

  @Test
  void shouldNeverRetryAPost() {
    FlakyBackend.DROP.set(1);
    int before = FlakyBackend.CONNECTIONS.get();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType("application/json")
        .body("{\"a\":1}")
        .post("/api/flaky/anything")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
    assertEquals(before + 1, FlakyBackend.CONNECTIONS.get(), "a POST is sent once");
    FlakyBackend.DROP.set(0);
  }

  @Test
  void shouldOpenTheCircuitOfAServiceThatKeepsFailing() {
    Response last = null;
    for (int i = 0; i < 5; i++) {
      last = given().header("Authorization", DemoUser.KERRY.bearer()).get("/api/records/clients");
      assertEquals(503, last.statusCode());
    }
    // Open: answered at once with a hint when to come back.
    assertTrue(Long.parseLong(last.header("Retry-After")) >= 1, last.headers().toString());
    assertEquals("https://kapcare.org/problems/backend-unavailable", last.path("type"));
    given()
        .get(ManagementPort.url("metrics"))
        .then()
        .body(
            org.hamcrest.Matchers.containsString(
                "kap_gateway_circuit_open{route=\"records\"} 1.0"));
  }
}
