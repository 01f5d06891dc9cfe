package org.kapcare.scheduling.appointment;

import java.util.UUID;

/**
 * How a session is placed on the calendar: booked and announced, proposed as part of a course
 * (tentative, dosing gates checked at check-in), or held as a waitlist offer (tentative, every rule
 * checked).
 */
record Placement(AppointmentStatus status, UUID courseId, boolean planning) {

  static final Placement BOOKED = new Placement(AppointmentStatus.BOOKED, null, false);
  static final Placement OFFER = new Placement(AppointmentStatus.TENTATIVE, null, false);

  static Placement course(UUID courseId) {
    return new Placement(AppointmentStatus.TENTATIVE, courseId, true);
  }

  boolean announced() {
    return status == AppointmentStatus.BOOKED;
  }
}
