package org.kapcare.records.client;

import org.kapcare.contracts.clinical.ClientEnrolled;

/** Turns chart changes into event records (events are not entities). */
final class ClientEvents {

  private ClientEvents() {}

  static ClientEnrolled enrolled(Client c) {
    return new ClientEnrolled(
        c.id.toString(),
        c.addressName(),
        c.email,
        c.phone,
        c.smsOptIn,
        c.timeZone,
        c.language,
        c.enrolledAt);
  }
}
