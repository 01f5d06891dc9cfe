package org.kapcare.records.client;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for enrollment tests, unique per call. */
final class Enrollments {

  private Enrollments() {}

  static Map<String, Object> of(UUID personId) {
    Map<String, Object> body = new HashMap<>();
    body.put("personId", personId.toString());
    body.put("givenName", "Test");
    body.put("familyName", "Client");
    body.put("dateOfBirth", "1985-02-03");
    body.put("email", "client-" + personId + "@test.kapcare.org");
    body.put("phone", "+15035550100");
    body.put("timeZone", "America/Los_Angeles");
    body.put("referralSource", "SELF");
    body.put("smsOptIn", true);
    return body;
  }
}
