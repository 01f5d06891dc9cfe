package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open interval of time [start, end), as PostgreSQL's tstzrange '[)'. */
public record TimeSpan(Instant start, Instant end) {

  /** An instant as PostgreSQL timestamptz parameters take it. */
  public static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeSpan other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** This span without the parts the others cover, in time order. */
  public List<TimeSpan> minus(List<TimeSpan> others) {
    List<TimeSpan> rest = new ArrayList<>(List.of(this));
    for (TimeSpan cut : others.stream().sorted(Comparator.comparing(TimeSpan::start)).toList()) {
      List<TimeSpan> next = new ArrayList<>();
      for (TimeSpan piece : rest) {
        if (!piece.overlaps(cut)) {
          next.add(piece);
          continue;
        }
        if (piece.start.isBefore(cut.start)) {
          next.add(new TimeSpan(piece.start, cut.start));
        }
        if (cut.end.isBefore(piece.end)) {
          next.add(new TimeSpan(cut.end, piece.end));
        }
      }
      rest = next;
    }
    return rest;
  }
}
