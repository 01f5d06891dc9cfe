package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What to search: a type for a client at a location, from an instant for some days, optionally only
 * between preferred local times of day; {@code careTeamOnly} offers only the client's care team (a
 * client searching for themself).
 */
record SlotQuery(
    String typeCode,
    UUID clientId,
    UUID locationId,
    Instant from,
    Instant to,
    int limit,
    LocalTime preferredStart,
    LocalTime preferredEnd,
    Appointment follows,
    boolean planning,
    boolean careTeamOnly) {

  /** A search for the service's own decisions (course planning, integration booking). */
  SlotQuery(
      String typeCode,
      UUID clientId,
      UUID locationId,
      Instant from,
      Instant to,
      int limit,
      LocalTime preferredStart,
      LocalTime preferredEnd,
      Appointment follows,
      boolean planning) {
    this(
        typeCode,
        clientId,
        locationId,
        from,
        to,
        limit,
        preferredStart,
        preferredEnd,
        follows,
        planning,
        false);
  }
}
