package org.kapcare.system;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/** Each service answers through the gateway with the caller's real token. */
class GatewayRoutingIT {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void everyRouteRefusesAnonymousCallsAtTheEdge() {
    for (String path :
        new String[] {
          "/api/scheduling/providers/" + DemoUser.TESS_THERAPIST.id(),
          "/api/records/clients/" + DemoUser.KERRY.id(),
          "/api/notifications/recipients/" + DemoUser.KERRY.id()
        }) {
      Platform.anonymous().get(path).then().statusCode(401).contentType(PROBLEM);
    }
  }

  @Test
  void servicesCheckTheRoleBehindTheGateway() {
    Platform.as(DemoUser.KERRY)
        .get("/api/scheduling/clients/" + DemoUser.KERRY.id())
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void unknownIdsAnswer404WithTheCallersCorrelationId() {
    Platform.as(DemoUser.PAULA_PRESCRIBER)
        .header("X-Correlation-Id", "system-test-routing")
        .get("/api/scheduling/providers/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .header("X-Correlation-Id", equalTo("system-test-routing"))
        .body("correlationId", equalTo("system-test-routing"));
  }
}
