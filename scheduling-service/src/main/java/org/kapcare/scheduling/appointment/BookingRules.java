package org.kapcare.scheduling.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.scheduling.policy.SchedulingPolicy;
import org.kapcare.scheduling.provider.Provider;

/**
 * The KAP rules a booking must keep, each refused with a problem whose type names the rule.
 * Overlaps are not checked here: the database's exclusion constraints refuse them.
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

  private final EntityManager em;
  private final SchedulingPolicy policy;

  BookingRules(EntityManager em, SchedulingPolicy policy) {
    this.em = em;
    this.policy = policy;
  }

  void check(BookingCandidate b) {
    providersCoverRoles(b);
    roomHasEquipment(b);
    withinWorkingHours(b);
    if (b.type().dosing) {
      eligibilityApproved(b);
      preparationCompleted(b);
      prescriberOnDuty(b);
      dosingSpacing(b);
    }
    if (b.type().integration) {
      insideIntegrationWindow(b);
    }
  }

  private void providersCoverRoles(BookingCandidate b) {
    Set<String> covered = new HashSet<>();
    b.providers().forEach(p -> covered.addAll(p.roles));
    List<String> missing =
        b.type().providerRoles.stream().filter(r -> !covered.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw ProblemException.ruleViolation(
          PROVIDER_ROLES,
          "Providers do not cover the session",
          b.type().code
              + " needs a provider in each role "
              + b.type().providerRoles
              + "; missing "
              + missing);
    }
  }

  private void roomHasEquipment(BookingCandidate b) {
    if (!b.type().needsRoom()) {
      return;
    }
    if (b.room() == null) {
      throw ProblemException.ruleViolation(
          ROOM_EQUIPMENT, "Room required", b.type().code + " is booked with a room");
    }
    if (!b.room().locationId.equals(b.location().id)
        || !b.room().equipment.containsAll(b.type().roomEquipment)) {
      throw ProblemException.ruleViolation(
          ROOM_EQUIPMENT,
          "Room not equipped",
          "the room must be at the location and have " + b.type().roomEquipment);
    }
  }

  /**
   * Each provider works at the location for the whole session, on one local day. Times are read in
   * the location's zone, so the rule holds across daylight-saving changes.
   */
  private void withinWorkingHours(BookingCandidate b) {
    ZonedDateTime start = b.startsAt().atZone(b.location().zone());
    ZonedDateTime end = b.endsAt().atZone(b.location().zone());
    for (Provider provider : b.providers()) {
      boolean sameDay = end.toLocalDate().equals(start.toLocalDate());
      if (!sameDay || !works(provider, b, start, end)) {
        throw ProblemException.ruleConflict(
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
  }

  private boolean works(
      Provider provider, BookingCandidate b, ZonedDateTime start, ZonedDateTime end) {
    Number spans =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM working_hours WHERE provider_id = ?1 AND location_id"
                        + " = ?2 AND weekday = ?3 AND starts <= ?4 AND ends >= ?5")
                .setParameter(1, provider.id)
                .setParameter(2, b.location().id)
                .setParameter(3, (short) start.getDayOfWeek().getValue())
                .setParameter(4, start.toLocalTime())
                .setParameter(5, end.toLocalTime())
                .getSingleResult();
    return spans.intValue() > 0;
  }

  /** Dosing only while the prescriber's approval stands (EligibilityDecided). */
  private void eligibilityApproved(BookingCandidate b) {
    if (!"APPROVED".equals(b.client().eligibility)
        || b.client().eligibilityExpiresAt == null
        || !b.client().eligibilityExpiresAt.isAfter(b.endsAt())) {
      throw ProblemException.ruleConflict(
          APPROVED_ELIGIBILITY,
          "Eligibility not approved",
          "dosing needs an approved eligibility that is still valid at the session");
    }
  }

  /** Dosing only after a signed preparation in the current course (PreparationCompleted). */
  private void preparationCompleted(BookingCandidate b) {
    if (b.client().currentPlanId == null
        || !b.client().currentPlanId.equals(b.client().preparedPlanId)) {
      throw ProblemException.ruleConflict(
          COMPLETED_PREPARATION,
          "Preparation not completed",
          "dosing needs a completed preparation session in the current course");
    }
  }

  /** A prescriber must be on duty at the location for the whole dosing session. */
  private void prescriberOnDuty(BookingCandidate b) {
    Number shifts =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM duty_shift WHERE location_id = ?1"
                        + " AND during @> tstzrange(?2, ?3, '[)')")
                .setParameter(1, b.location().id)
                .setParameter(2, utc(b.startsAt()))
                .setParameter(3, utc(b.endsAt()))
                .getSingleResult();
    if (shifts.intValue() == 0) {
      throw ProblemException.ruleConflict(
          PRESCRIBER_ON_DUTY,
          "No prescriber on duty",
          "no prescriber is on duty at this location for the whole session");
    }
  }

  /** Minimum interval between dosing sessions and at most N in any seven days (clinic policy). */
  private void dosingSpacing(BookingCandidate b) {
    List<Instant> starts = new ArrayList<>(otherDosingStarts(b));
    for (Instant other : starts) {
      if (Duration.between(other, b.startsAt()).abs().compareTo(policy.minDosingInterval()) < 0) {
        throw ProblemException.ruleConflict(
            MINIMUM_INTERVAL,
            "Dosing sessions too close",
            "dosing sessions must start at least "
                + policy.minDosingInterval().toHours()
                + " h apart");
      }
    }
    starts.add(b.startsAt());
    starts.sort(null);
    int window = policy.maxDosingPerWeek() + 1;
    for (int i = 0; i + window - 1 < starts.size(); i++) {
      if (Duration.between(starts.get(i), starts.get(i + window - 1)).compareTo(WEEK) < 0) {
        throw ProblemException.ruleConflict(
            WEEKLY_MAXIMUM,
            "Too many dosing sessions",
            "at most " + policy.maxDosingPerWeek() + " dosing sessions in any seven days");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Instant> otherDosingStarts(BookingCandidate b) {
    List<Object> rows =
        em.createNativeQuery(
                "SELECT a.starts_at FROM appointment a JOIN appointment_type t ON t.code ="
                    + " a.type_code WHERE a.client_id = ?1 AND t.dosing AND a.status IN ('BOOKED',"
                    + " 'CONFIRMED', 'CHECKED_IN', 'COMPLETED') AND a.starts_at > ?2 AND"
                    + " a.starts_at < ?3 AND a.id <> ?4")
            .setParameter(1, b.client().id)
            .setParameter(2, utc(b.startsAt().minus(WEEK)))
            .setParameter(3, utc(b.startsAt().plus(WEEK)))
            .setParameter(4, b.replacing() == null ? new java.util.UUID(0, 0) : b.replacing())
            .getResultList();
    return rows.stream().map(BookingRules::instant).toList();
  }

  /** Integration starts inside the window after the end of the dosing session it follows. */
  private void insideIntegrationWindow(BookingCandidate b) {
    Appointment dosing = b.follows();
    if (dosing == null
        || !dosing.clientId.equals(b.client().id)
        || !AppointmentType.<AppointmentType>findById(dosing.typeCode).dosing) {
      throw ProblemException.ruleViolation(
          INTEGRATION_WINDOW,
          "Integration needs its dosing session",
          "name the client's dosing session this integration follows (followsAppointmentId)");
    }
    Instant opens = dosing.endsAt.plus(policy.integrationWindowStart());
    Instant closes = dosing.endsAt.plus(policy.integrationWindowEnd());
    if (b.startsAt().isBefore(opens) || b.startsAt().isAfter(closes)) {
      throw ProblemException.ruleViolation(
          INTEGRATION_WINDOW,
          "Outside the integration window",
          "integration must start between " + opens + " and " + closes);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
