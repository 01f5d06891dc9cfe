package org.kapcare.contracts.scheduling;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A person's calendar feed address was replaced: the old URL stops working at once, so the owner is
 * told (they may not have asked for it). Carries no address; the new one is read in the app. Keyed
 * by the owner's id.
 */
public record CalendarFeedRotated(String ownerId, String rotatedBy, Instant rotatedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.CalendarFeedRotated.v1";

  @Override
  public String subject() {
    return ownerId;
  }
}
