package org.kapcare.gateway.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapcare.gateway.openapi.OpenApiResource;
import org.kapcare.gateway.view.ViewResource;

class UriLabelsTest {

  private static final String CLIENT = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01";

  private final UriLabels labels =
      new UriLabels(
          List.of("records", "scheduling"),
          List.of("/api/me/journey", "/api/me/clients/{clientId}/card", "/api/me"));

  @Test
  void shouldLabelProxiedRequestsWithTheirRouteOnly() {
    assertEquals("/api/records/*", labels.label("/api/records/clients/" + CLIENT + "/summary"));
    assertEquals(
        "/api/scheduling/*", labels.label("/api/scheduling/calendar-feeds/s3cr3t-t0ken.ics"));
    assertEquals("/api/records/*", labels.label("/api/records"));
  }

  @Test
  void shouldLabelOwnOperationsWithTheirTemplateEvenWhenRefusedBeforeThem() {
    assertEquals("/api/me/journey", labels.label("/api/me/journey"));
    assertEquals(
        "/api/me/clients/{clientId}/card", labels.label("/api/me/clients/{clientId}/card"));
    assertEquals(
        "/api/me/clients/{clientId}/card", labels.label("/api/me/clients/" + CLIENT + "/card"));
    assertEquals("/api/me", labels.label("/api/me"));
  }

  @Test
  void shouldLabelEveryOtherPathUnmatched() {
    assertEquals(UriLabels.UNMATCHED, labels.label("/api/me/" + CLIENT));
    assertEquals(UriLabels.UNMATCHED, labels.label("/api/recordsx/" + CLIENT));
    assertEquals(UriLabels.UNMATCHED, labels.label("/" + CLIENT));
    assertEquals(UriLabels.UNMATCHED, labels.label("/api/me/clients/a/b/card"));
  }

  @Test
  void shouldReadTheTemplatesOfTheGatewaysResources() {
    UriLabels own = UriLabels.of(List.of(), List.of(ViewResource.class, OpenApiResource.class));
    assertEquals("/api/me/journey", own.label("/api/me/journey"));
    assertEquals("/api/clinic/board", own.label("/api/clinic/board"));
    assertEquals("/api/openapi.json", own.label("/api/openapi.json"));
    assertEquals(UriLabels.UNMATCHED, own.label("/api/clinic"));
  }

  @Test
  void shouldKeepTheLabelsQuarkusGivesWithoutAPath() {
    assertEquals("NOT_FOUND", labels.label("NOT_FOUND"));
    assertEquals("REDIRECTION", labels.label("REDIRECTION"));
    assertEquals("root", labels.label("root"));
  }
}
