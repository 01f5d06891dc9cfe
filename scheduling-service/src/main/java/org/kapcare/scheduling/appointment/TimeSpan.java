package org.kapcare.scheduling.appointment;

import java.time.Instant;

/** A half-open interval of time [start, end), as PostgreSQL's tstzrange '[)'. */
record TimeSpan(Instant start, Instant end) {

  boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  boolean contains(TimeSpan other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
