package org.kapcare.scheduling.appointment;

import java.util.Set;

/** The lifecycle of an appointment. */
public enum AppointmentStatus {
  /** Proposed as part of a course; holds its time until a coordinator confirms the course. */
  TENTATIVE,
  BOOKED,
  CONFIRMED,
  CHECKED_IN,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  /** Statuses that still hold time on the calendar. */
  public static final Set<AppointmentStatus> LIVE =
      Set.of(TENTATIVE, BOOKED, CONFIRMED, CHECKED_IN);

  /** Statuses from which the appointment can still be moved or called off. */
  public boolean isUpcoming() {
    return this == TENTATIVE || this == BOOKED || this == CONFIRMED;
  }
}
