package org.kapcare.scheduling.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rules read about a stretch of time, loaded in a handful of queries: the providers'
 * working hours at the location, the prescriber rota, the client's other dosing sessions and the
 * time already held by the client, the providers and the rooms. Booking loads it for one session;
 * slot search loads it once for a whole window and evaluates every candidate in memory.
 */
final class CalendarSnapshot {

  /** One span of a provider's weekly working hours. */
  record WorkingSpan(DayOfWeek day, LocalTime starts, LocalTime ends) {}

  final Map<UUID, List<WorkingSpan>> workingHours = new HashMap<>();
  final Map<UUID, List<TimeSpan>> timeOff = new HashMap<>();
  final Map<UUID, List<TimeSpan>> extraHours = new HashMap<>();
  final List<TimeSpan> dutyShifts = new ArrayList<>();
  final List<Instant> otherDosingStarts = new ArrayList<>();
  final Map<UUID, List<TimeSpan>> held = new HashMap<>();

  boolean isFree(UUID resource, TimeSpan span) {
    return held.getOrDefault(resource, List.of()).stream().noneMatch(span::overlaps);
  }

  /**
   * Whether a provider works at the snapshot's location for the whole session, on one local day:
   * weekly hours not interrupted by time off, or extra hours. Read in the location's zone, so it
   * holds across daylight-saving changes.
   */
  boolean works(UUID provider, TimeSpan session, ZoneId zone) {
    ZonedDateTime start = session.start().atZone(zone);
    ZonedDateTime end = session.end().atZone(zone);
    boolean weekly =
        end.toLocalDate().equals(start.toLocalDate())
            && workingHours.getOrDefault(provider, List.of()).stream()
                .anyMatch(
                    span ->
                        span.day() == start.getDayOfWeek()
                            && !span.starts().isAfter(start.toLocalTime())
                            && !span.ends().isBefore(end.toLocalTime()));
    boolean off = timeOff.getOrDefault(provider, List.of()).stream().anyMatch(session::overlaps);
    boolean extra =
        extraHours.getOrDefault(provider, List.of()).stream().anyMatch(x -> x.contains(session));
    return (weekly && !off) || extra;
  }

  void hold(UUID resource, TimeSpan span) {
    held.computeIfAbsent(resource, r -> new ArrayList<>()).add(span);
  }

  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
