package org.kapcare.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every URL the API hands out is the configured public one; the request lends only its path. */
class PublicUrlsTest {

  private static final UUID ID = UUID.fromString("2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01");

  private final PublicUrls scheduling = urls("https://clinic.example", "/api/scheduling");

  @Test
  void aNewResourceIsAtThePublicBaseAndRoutePrefixFollowedByTheRequestPath() {
    assertEquals(
        URI.create("https://clinic.example/api/scheduling/appointments/" + ID),
        below(scheduling, "http://127.0.0.1:8081/", "/appointments", ID));
  }

  @Test
  void theHostTheRequestNamedIsNeverHandedOut() {
    assertEquals(
        URI.create("https://clinic.example/api/scheduling/providers/" + ID),
        below(scheduling, "https://attacker.example:4443/", "/providers/", ID));
  }

  @Test
  void aNestedRequestPathIsKeptAsItCameEncoded() {
    assertEquals(
        URI.create("https://clinic.example/api/records/clients/" + ID + "/plans/7"),
        below(
            urls("https://clinic.example/", "/api/records"),
            "http://127.0.0.1:8082/",
            "/clients/" + ID + "/plans",
            7));
  }

  @Test
  void aPathOfTheServiceHasEachSegmentEncoded() {
    assertEquals(
        URI.create("https://clinic.example/api/scheduling/calendar-feeds/a%20b%2Fc.ics"),
        scheduling.of("calendar-feeds", "a b/c.ics"));
  }

  @Test
  void aBaseUrlWithAPathAndNoRoutePrefixServesTheGatewayItself() {
    assertEquals(
        URI.create("https://clinic.example/kap/openapi.json"),
        urls("https://clinic.example/kap", null).of("openapi.json"));
  }

  private static PublicUrls urls(String baseUrl, String pathPrefix) {
    return new PublicUrls(
        new PublicAddress() {
          @Override
          public String baseUrl() {
            return baseUrl;
          }

          @Override
          public Optional<String> pathPrefix() {
            return Optional.ofNullable(pathPrefix);
          }
        });
  }

  /**
   * The public URL below a request as Quarkus REST describes it: its base URI and absolute path.
   */
  private static URI below(PublicUrls urls, String base, String path, Object... segments) {
    URI baseUri = URI.create(base);
    return urls.below(baseUri, baseUri.resolve(path.substring(1)), segments);
  }
}
