package org.kapcare.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.kapcare.testing.ServiceBasicsContract;

@QuarkusTest
class ServiceBasicsTest extends ServiceBasicsContract {
  @Override
  protected String documentedPath() {
    return "/recipients/{personId}";
  }
}
