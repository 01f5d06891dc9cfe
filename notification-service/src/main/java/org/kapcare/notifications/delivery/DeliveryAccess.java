package org.kapcare.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.recipient.CareTeam;
import org.kapcare.platform.audit.AuditLog;
import org.kapcare.platform.audit.AuditRecord;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/**
 * The one gate of the delivery history: which rows a caller sees, and what of each. Rows:
 * coordinators and admins all; a clinician their own and those about a client on their care team.
 * Fields: a kind that is itself a clinical fact is shown only to its addressee and to team members
 * whose role reads that part of the chart (the rule of clinical-record-service's own endpoint,
 * {@code ChartAction}); anyone else, coordinators and admins included, sees the row as {@code
 * CLINICAL}, without the event that caused it. Every row shown, and every refusal, is audited.
 */
@ApplicationScoped
class DeliveryAccess {

  /** The part of the chart a message kind reveals, and the team relations that read it there. */
  enum Reveals {
    NOTHING,
    /** READ_EVALUATION. */
    EVALUATION(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE),
    /** READ_SESSIONS. */
    SESSIONS(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE),
    /** READ_ASSESSMENTS. */
    ASSESSMENTS(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE),
    /** READ_HANDOFFS. */
    HANDOFFS(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE, Roles.CHAPLAIN);

    final Set<String> readers;

    Reveals(String... readers) {
      this.readers = Set.of(readers);
    }
  }

  /** Every kind says what it reveals: a new kind does not compile until it is classified here. */
  static Reveals reveals(MessageKind kind) {
    return switch (kind) {
      case ELIGIBILITY_DECIDED -> Reveals.EVALUATION;
      case DOSING_SUMMARY, VITALS_ALERT -> Reveals.SESSIONS;
      case SUICIDE_RISK, OUTCOME_REVIEW -> Reveals.ASSESSMENTS;
      case CARE_NOTE, CARE_NOTE_URGENT -> Reveals.HANDOFFS;
      case WELCOME,
          BOOKING_CONFIRMED,
          APPOINTMENT_CHANGED,
          APPOINTMENT_CANCELLED,
          REMINDER,
          NO_SHOW_FOLLOW_UP,
          WAITLIST_OFFER,
          NO_SHOW_STAFF,
          INTEGRATION_BOOKED,
          INTEGRATION_UNSCHEDULED,
          REFERRAL_RECEIVED,
          BREAK_GLASS,
          BREAK_GLASS_REVIEW_OVERDUE,
          PARTNER_SHARING_CONSENTED,
          CALENDAR_FEED_ROTATED ->
          Reveals.NOTHING;
    };
  }

  private final Caller caller;
  private final AuditLog audit;

  DeliveryAccess(Caller caller, AuditLog audit) {
    this.caller = caller;
    this.audit = audit;
  }

  /** Refuses a list the caller may not ask for (403). */
  void requireList(UUID clientId, UUID recipientId, DeliveryStatus status) {
    if (status == DeliveryStatus.DEAD && !caller.is(Roles.ADMIN)) {
      throw ProblemException.forbidden("dead deliveries are shown to admins only");
    }
    if (seesAllRows()) {
      return;
    }
    boolean own = me().equals(recipientId);
    CareTeam team = clientId == null ? null : team(clientId);
    boolean onTeam = team != null && team.includes(me());
    if (!own && !onTeam) {
      audit.denied(record(clientId, null));
      throw ProblemException.forbidden("name yourself as recipient, or a client on your care team");
    }
  }

  /** Whether the caller may see this row at all (else it is answered as unknown). */
  boolean mayRead(Delivery d) {
    if (seesAllRows() || me().equals(d.recipientId)) {
      return true;
    }
    CareTeam team = d.clientId == null ? null : team(d.clientId);
    boolean onTeam = team != null && team.includes(me());
    if (!onTeam) {
      audit.denied(record(d.clientId, d.id));
    }
    return onTeam;
  }

  /** A delivery read, for the audit trail (who read which client's message history). */
  private AuditRecord record(UUID clientId, UUID deliveryId) {
    return AuditRecord.of(
        caller.id(),
        caller.primaryRole(),
        clientId,
        AuditRecord.Action.READ,
        "delivery",
        deliveryId,
        seesAllRows() ? "HOPERAT" : caller.is(Roles.CLIENT) ? "PATRQT" : "TREAT");
  }

  /** A view of the rows, each with what the caller may see of it; care teams read once each. */
  Views views() {
    return new Views();
  }

  /** Views for one answer. */
  final class Views {
    private final Map<UUID, CareTeam> teams = new HashMap<>();

    /** What the caller sees of one row; every row shown is an audited read. */
    DeliveryView of(Delivery d) {
      audit.allowed(record(d.clientId, d.id));
      return showsKind(d) ? DeliveryView.of(d) : DeliveryView.clinical(d);
    }

    private boolean showsKind(Delivery d) {
      Reveals reveals = reveals(d.kind);
      if (reveals == Reveals.NOTHING || me().equals(d.recipientId)) {
        return true;
      }
      CareTeam team = d.clientId == null ? null : teams.computeIfAbsent(d.clientId, c -> team(c));
      return team != null && relations(team).stream().anyMatch(reveals.readers::contains);
    }
  }

  /** The care-team relations the caller holds to this team: slot on the team and role alike. */
  private Set<String> relations(CareTeam team) {
    UUID me = me();
    Set<String> held = new HashSet<>();
    if (me.equals(team.therapistId) && caller.is(Roles.THERAPIST)) {
      held.add(Roles.THERAPIST);
    }
    if (me.equals(team.prescriberId) && caller.is(Roles.PRESCRIBER)) {
      held.add(Roles.PRESCRIBER);
    }
    if (team.nurseIds.contains(me) && caller.is(Roles.NURSE)) {
      held.add(Roles.NURSE);
    }
    if (me.equals(team.chaplainId) && caller.is(Roles.CHAPLAIN)) {
      held.add(Roles.CHAPLAIN);
    }
    return held;
  }

  private boolean seesAllRows() {
    return caller.isAny(Roles.COORDINATOR, Roles.ADMIN);
  }

  private UUID me() {
    return UUID.fromString(caller.id());
  }

  private static CareTeam team(UUID clientId) {
    return CareTeam.findById(clientId);
  }
}
