package org.kapcare.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteListTest {

  private final RouteList partner =
      new RouteList(
          List.of(
              "GET /api/scheduling/fhir/Slot",
              "GET /api/scheduling/fhir/Schedule/*",
              "POST /api/records/referrals",
              "GET /api/records/referrals",
              "GET /api/records/referrals/*",
              "GET /api/records/fhir/Patient/*/$everything",
              "GET /api/docs/**"));

  @Test
  void shouldMatchMethodAndEverySegment() {
    assertTrue(partner.allows("GET", "/api/scheduling/fhir/Slot"));
    assertTrue(partner.allows("GET", "/api/scheduling/fhir/Schedule/abc"));
    assertTrue(partner.allows("POST", "/api/records/referrals"));
    assertTrue(partner.allows("GET", "/api/records/referrals"), "its own referrals");
    assertTrue(partner.allows("GET", "/api/records/referrals/8a0e5b79"), "one of them");
    assertTrue(partner.allows("GET", "/api/records/fhir/Patient/42/$everything"));
    assertTrue(partner.allows("GET", "/api/docs/a/b"));
    assertTrue(partner.allows("GET", "/api/docs"));
  }

  @Test
  void shouldRefuseEverythingElse() {
    assertFalse(partner.allows("POST", "/api/scheduling/fhir/Slot"), "method matters");
    assertFalse(partner.allows("GET", "/api/scheduling/fhir/Slot/extra"));
    assertFalse(partner.allows("GET", "/api/scheduling/fhir/Schedule/a/b"), "* is one segment");
    assertFalse(partner.allows("GET", "/api/scheduling/fhir/Schedule/"));
    assertFalse(
        partner.allows("POST", "/api/records/referrals/8a0e5b79/acceptance"), "staff decide");
    assertFalse(partner.allows("POST", "/api/records/referrals/8a0e5b79/decline"));
    assertFalse(partner.allows("GET", "/api/records/referrals/8a0e5b79/acceptance"));
    assertFalse(partner.allows("GET", "/api/records/fhir/Patient/42/everything"));
  }

  @Test
  void shouldRefuseAMalformedEntry() {
    assertThrows(IllegalArgumentException.class, () -> new RouteList(List.of("/api/x")));
  }
}
