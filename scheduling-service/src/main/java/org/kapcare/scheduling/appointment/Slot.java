package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A free time that keeps every rule: book it with these providers and this room. */
public record Slot(
    String typeCode, Instant startsAt, Instant endsAt, List<UUID> providerIds, UUID roomId) {}
