package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What to search: a type for a client at a location, from an instant for some days, optionally only
 * between preferred local times of day.
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
    boolean planning) {}
