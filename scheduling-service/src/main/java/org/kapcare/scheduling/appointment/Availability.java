package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kapcare.scheduling.location.Location;

/**
 * A provider's free and busy time over a period, across the sites they work at: weekly hours in
 * each site's zone, less time off, plus extra hours, with booked time marked busy.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Availability {

  /** A stretch of a provider's time: free or busy. */
  public record Period(TimeSpan span, boolean free) {}

  private final CalendarSnapshots snapshots;

  Availability(CalendarSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  public List<Period> of(UUID providerId, TimeSpan window) {
    List<Period> periods = new ArrayList<>();
    List<TimeSpan> busy = new ArrayList<>();
    for (Location site : Location.<Location>listAll()) {
      CalendarSnapshot calendar =
          snapshots.load(new UUID(0, 0), site.id, List.of(providerId), List.of(), window, null);
      List<TimeSpan> working = new ArrayList<>();
      for (LocalDate day = window.start().atZone(site.zone()).toLocalDate();
          !day.atStartOfDay(site.zone()).toInstant().isAfter(window.end());
          day = day.plusDays(1)) {
        for (CalendarSnapshot.WorkingSpan span :
            calendar.workingHours.getOrDefault(providerId, List.of())) {
          if (span.day() == day.getDayOfWeek()) {
            ZonedDateTime start = day.atTime(span.starts()).atZone(site.zone());
            ZonedDateTime end = day.atTime(span.ends()).atZone(site.zone());
            working.addAll(
                new TimeSpan(start.toInstant(), end.toInstant())
                    .minus(calendar.timeOff.getOrDefault(providerId, List.of())));
          }
        }
      }
      working.addAll(calendar.extraHours.getOrDefault(providerId, List.of()));
      busy = calendar.held.getOrDefault(providerId, List.of());
      for (TimeSpan w : working) {
        for (TimeSpan free : w.minus(busy)) {
          TimeSpan clipped = clip(free, window);
          if (clipped != null) {
            periods.add(new Period(clipped, true));
          }
        }
      }
    }
    busy.stream()
        .map(b -> clip(b, window))
        .filter(b -> b != null)
        .forEach(b -> periods.add(new Period(b, false)));
    periods.sort(Comparator.comparing(p -> p.span().start()));
    return periods;
  }

  private static TimeSpan clip(TimeSpan span, TimeSpan window) {
    if (!span.overlaps(window)) {
      return null;
    }
    return new TimeSpan(
        span.start().isBefore(window.start()) ? window.start() : span.start(),
        span.end().isAfter(window.end()) ? window.end() : span.end());
  }
}
