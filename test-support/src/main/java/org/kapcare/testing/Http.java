package org.kapcare.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JDK HTTP client the tests use where REST Assured does not fit (event streams, raw fuzzing).
 * HTTP/1.1 only: by default the JDK client asks every new connection to upgrade to h2c, and a run
 * once read a Vert.x service's HTTP/1.1 answer as HTTP/2 frames — a failure of the client's
 * upgrade, not of the platform. HTTP/2 through the gateway is tested on purpose in its module.
 */
public final class Http {

  private Http() {}

  public static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Opens a server-sent event stream with the given {@code Authorization} header; returns as soon
   * as the response head arrives, the events still to be read from the body.
   */
  public static HttpResponse<InputStream> eventStream(URI stream, String authorization)
      throws IOException, InterruptedException {
    return client()
        .send(
            HttpRequest.newBuilder(stream)
                .header("Authorization", authorization)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
  }
}
