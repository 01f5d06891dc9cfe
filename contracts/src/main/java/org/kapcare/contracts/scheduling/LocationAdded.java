package org.kapcare.contracts.scheduling;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A clinic site was added: what a message to a client needs to name where the appointment is and
 * whom to call (the site's name, zone and front-desk phone). No person data. Keyed by the site id.
 */
public record LocationAdded(
    String locationId, String name, String timeZone, String phone, Instant occurredAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.LocationAdded.v1";

  @Override
  public String subject() {
    return locationId;
  }
}
