package org.kapcare.scheduling.provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A provider in the staff directory. */
public record ProviderView(
    UUID id,
    String displayName,
    List<String> roles,
    String email,
    String phone,
    String timeZone,
    Instant registeredAt,
    long version) {

  static ProviderView of(Provider p) {
    return new ProviderView(
        p.id,
        p.displayName,
        List.copyOf(p.roles),
        p.email,
        p.phone,
        p.timeZone,
        p.registeredAt,
        p.version);
  }
}
