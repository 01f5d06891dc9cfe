package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.scheduling.policy.SchedulingPolicy;
import org.kapcare.scheduling.provider.Provider;

/**
 * The KAP rules a booking must keep, each refused with a problem whose type names the rule. They
 * read a {@link CalendarSnapshot}, so booking and slot search apply exactly the same rules.
 * Overlaps are refused by the database's exclusion constraints when a booking is written.
 */
@ApplicationScoped
class BookingRules {

  static final String APPROVED_ELIGIBILITY = "dosing-requires-approved-eligibility";
  static final String COMPLETED_PREPARATION = "dosing-requires-completed-preparation";
  static final String PRESCRIBER_ON_DUTY = "dosing-requires-prescriber-on-duty";
  static final String MINIMUM_INTERVAL = "dosing-minimum-interval";
  static final String WEEKLY_MAXIMUM = "dosing-weekly-maximum";
  static final String INTEGRATION_WINDOW = "integration-window";
  static final String PROVIDER_ROLES = "provider-roles";
  static final String ROOM_EQUIPMENT = "room-equipment";
  static final String WORKING_HOURS = "outside-working-hours";

  private static final Duration WEEK = Duration.ofDays(7);

  private final SchedulingPolicy policy;

  BookingRules(SchedulingPolicy policy) {
    this.policy = policy;
  }

  void check(BookingCandidate b, CalendarSnapshot calendar) {
    Optional<ProblemException> violation = violation(b, calendar);
    if (violation.isPresent()) {
      throw violation.get();
    }
  }

  /** The first rule the candidate breaks, if any. */
  Optional<ProblemException> violation(BookingCandidate b, CalendarSnapshot calendar) {
    ProblemException p = providersCoverRoles(b);
    if (p == null) {
      p = roomHasEquipment(b);
    }
    if (p == null) {
      p = withinWorkingHours(b, calendar);
    }
    if (p == null && b.type().dosing) {
      p = b.planning() ? null : dosingGate(b);
      if (p == null) {
        p = prescriberOnDuty(b, calendar);
      }
      if (p == null) {
        p = dosingSpacing(b, calendar);
      }
    }
    if (p == null && b.type().integration) {
      p = insideIntegrationWindow(b);
    }
    return Optional.ofNullable(p);
  }

  /**
   * No dosing without an approved, unexpired eligibility and a completed preparation in the current
   * course: checked when dosing is booked, and again at check-in of a planned session.
   */
  ProblemException dosingGate(BookingCandidate b) {
    ProblemException p = eligibilityApproved(b);
    return p != null ? p : preparationCompleted(b);
  }

  /** The window an integration session must start in, after the dosing session it follows. */
  TimeSpan integrationWindow(Appointment dosing) {
    return new TimeSpan(
        dosing.endsAt.plus(policy.integrationWindowStart()),
        dosing.endsAt.plus(policy.integrationWindowEnd()));
  }

  private static ProblemException providersCoverRoles(BookingCandidate b) {
    Set<String> covered = new HashSet<>();
    b.providers().forEach(p -> covered.addAll(p.roles));
    List<String> missing =
        b.type().providerRoles.stream().filter(r -> !covered.contains(r)).toList();
    return missing.isEmpty()
        ? null
        : ProblemException.ruleViolation(
            PROVIDER_ROLES,
            "Providers do not cover the session",
            b.type().code
                + " needs a provider in each role "
                + b.type().providerRoles
                + "; missing "
                + missing);
  }

  private static ProblemException roomHasEquipment(BookingCandidate b) {
    if (!b.type().needsRoom()) {
      return null;
    }
    if (b.room() == null) {
      return ProblemException.ruleViolation(
          ROOM_EQUIPMENT, "Room required", b.type().code + " is booked with a room");
    }
    if (!b.room().locationId.equals(b.location().id)
        || !b.room().equipment.containsAll(b.type().roomEquipment)) {
      return ProblemException.ruleViolation(
          ROOM_EQUIPMENT,
          "Room not equipped",
          "the room must be at the location and have " + b.type().roomEquipment);
    }
    return null;
  }

  /**
   * Each provider works at the location for the whole session, on one local day. Times are read in
   * the location's zone, so the rule holds across daylight-saving changes.
   */
  private static ProblemException withinWorkingHours(
      BookingCandidate b, CalendarSnapshot calendar) {
    ZonedDateTime start = b.startsAt().atZone(b.location().zone());
    ZonedDateTime end = b.endsAt().atZone(b.location().zone());
    TimeSpan session = new TimeSpan(b.startsAt(), b.endsAt());
    for (Provider provider : b.providers()) {
      if (!calendar.works(provider.id, session, b.location().zone())) {
        return ProblemException.ruleConflict(
            WORKING_HOURS,
            "Outside working hours",
            provider.displayName
                + " does not work at this location from "
                + start.toLocalTime()
                + " to "
                + end.toLocalTime()
                + " on "
                + start.getDayOfWeek()
                + " ("
                + b.location().timeZone
                + ")");
      }
    }
    return null;
  }

  /** Dosing only while the prescriber's approval stands (EligibilityDecided). */
  private static ProblemException eligibilityApproved(BookingCandidate b) {
    if ("APPROVED".equals(b.client().eligibility)
        && b.client().eligibilityExpiresAt != null
        && b.client().eligibilityExpiresAt.isAfter(b.endsAt())) {
      return null;
    }
    return ProblemException.ruleConflict(
        APPROVED_ELIGIBILITY,
        "Eligibility not approved",
        "dosing needs an approved eligibility that is still valid at the session");
  }

  /** Dosing only after a signed preparation in the current course (PreparationCompleted). */
  private static ProblemException preparationCompleted(BookingCandidate b) {
    if (b.client().currentPlanId != null
        && b.client().currentPlanId.equals(b.client().preparedPlanId)) {
      return null;
    }
    return ProblemException.ruleConflict(
        COMPLETED_PREPARATION,
        "Preparation not completed",
        "dosing needs a completed preparation session in the current course");
  }

  /** A prescriber must be on duty at the location for the whole dosing session. */
  private static ProblemException prescriberOnDuty(BookingCandidate b, CalendarSnapshot calendar) {
    TimeSpan session = new TimeSpan(b.startsAt(), b.endsAt());
    return calendar.dutyShifts.stream().anyMatch(shift -> shift.contains(session))
        ? null
        : ProblemException.ruleConflict(
            PRESCRIBER_ON_DUTY,
            "No prescriber on duty",
            "no prescriber is on duty at this location for the whole session");
  }

  /** Minimum interval between dosing sessions and at most N in any seven days (clinic policy). */
  private ProblemException dosingSpacing(BookingCandidate b, CalendarSnapshot calendar) {
    List<Instant> starts = new ArrayList<>();
    for (Instant other : calendar.otherDosingStarts) {
      if (Duration.between(other, b.startsAt()).abs().compareTo(WEEK) >= 0) {
        continue;
      }
      if (Duration.between(other, b.startsAt()).abs().compareTo(policy.minDosingInterval()) < 0) {
        return ProblemException.ruleConflict(
            MINIMUM_INTERVAL,
            "Dosing sessions too close",
            "dosing sessions must start at least "
                + policy.minDosingInterval().toHours()
                + " h apart");
      }
      starts.add(other);
    }
    starts.add(b.startsAt());
    starts.sort(null);
    int window = policy.maxDosingPerWeek() + 1;
    for (int i = 0; i + window - 1 < starts.size(); i++) {
      if (Duration.between(starts.get(i), starts.get(i + window - 1)).compareTo(WEEK) < 0) {
        return ProblemException.ruleConflict(
            WEEKLY_MAXIMUM,
            "Too many dosing sessions",
            "at most " + policy.maxDosingPerWeek() + " dosing sessions in any seven days");
      }
    }
    return null;
  }

  /** Integration starts inside the window after the end of the dosing session it follows. */
  private ProblemException insideIntegrationWindow(BookingCandidate b) {
    Appointment dosing = b.follows();
    if (dosing == null
        || !dosing.clientId.equals(b.client().id)
        || !AppointmentType.<AppointmentType>findById(dosing.typeCode).dosing) {
      return ProblemException.ruleViolation(
          INTEGRATION_WINDOW,
          "Integration needs its dosing session",
          "name the client's dosing session this integration follows (followsAppointmentId)");
    }
    TimeSpan window = integrationWindow(dosing);
    if (b.startsAt().isBefore(window.start()) || b.startsAt().isAfter(window.end())) {
      return ProblemException.ruleViolation(
          INTEGRATION_WINDOW,
          "Outside the integration window",
          "integration must start between " + window.start() + " and " + window.end());
    }
    return null;
  }
}
