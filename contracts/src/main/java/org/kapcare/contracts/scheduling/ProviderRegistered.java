package org.kapcare.contracts.scheduling;

import java.time.Instant;
import java.util.List;
import org.kapcare.contracts.DomainEvent;

/** A staff member joined the directory; keyed by the provider id. */
public record ProviderRegistered(
    String providerId,
    String displayName,
    List<String> roles,
    String email,
    String phone,
    String timeZone,
    Instant registeredAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.scheduling.ProviderRegistered.v1";

  @Override
  public String subject() {
    return providerId;
  }
}
