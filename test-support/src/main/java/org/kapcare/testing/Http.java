package org.kapcare.testing;

import java.net.http.HttpClient;
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
}
