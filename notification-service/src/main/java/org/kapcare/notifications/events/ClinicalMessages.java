package org.kapcare.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.clinical.AssessmentRecorded;
import org.kapcare.contracts.clinical.BreakGlassAccessed;
import org.kapcare.contracts.clinical.BreakGlassReviewOverdue;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.ReferralReceived;
import org.kapcare.contracts.clinical.VitalsAlertRaised;
import org.kapcare.notifications.delivery.DeliveryPlanner;
import org.kapcare.notifications.delivery.Outgoing;
import org.kapcare.notifications.escalation.Alerts;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.recipient.Audience;
import org.kapcare.notifications.recipient.CareTeam;
import org.kapcare.platform.security.Roles;

/** What the team learns from the clinical record: summaries, handoffs, urgent alerts. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClinicalMessages {

  private final DeliveryPlanner planner;
  private final Alerts alerts;
  private final Audience audience;
  private final NotificationPolicy policy;
  private final Clock clock;

  ClinicalMessages(
      DeliveryPlanner planner,
      Alerts alerts,
      Audience audience,
      NotificationPolicy policy,
      Clock clock) {
    this.planner = planner;
    this.alerts = alerts;
    this.audience = audience;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * A newly enrolled client is welcomed on their channels (how to sign in, whom to call); an
   * enrollment older than the policy's welcome window (a projection rebuilt from history) is not.
   */
  void clientEnrolled(ClientEnrolled e) {
    if (e.enrolledAt() != null
        && e.enrolledAt().plus(policy.welcomeWithin()).isBefore(clock.instant())) {
      return;
    }
    UUID client = UUID.fromString(e.clientId());
    planner.plan(now(MessageKind.WELCOME, client, model(e.clientId())), Set.of(client));
  }

  /** The session summary goes to the client's therapist and prescriber. */
  void dosingSessionCompleted(DosingSessionCompleted e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "sessionRecordId", e.sessionRecordId());
    put(model, "route", e.route());
    put(model, "doseMg", e.doseMg());
    model.put("monitoringMinutes", Integer.toString(e.monitoringMinutes()));
    model.put("vitalsAlertCount", Integer.toString(e.vitalsAlertCount()));
    model.put("adverseEvent", Boolean.toString(e.adverseEvent()));
    planner.plan(
        now(MessageKind.DOSING_SUMMARY, client, model), audience.therapistAndPrescriberOf(client));
  }

  /** The client and the rest of the team learn the prescriber's decision (details in the app). */
  void eligibilityDecided(EligibilityDecided e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "decision", e.decision());
    put(model, "expiresAt", e.expiresAt());
    Set<UUID> people = new LinkedHashSet<>();
    people.add(client);
    people.addAll(audience.therapistAndPrescriberOf(client));
    if (e.prescriberId() != null) {
      people.remove(UUID.fromString(e.prescriberId()));
    }
    planner.plan(now(MessageKind.ELIGIBILITY_DECIDED, client, model), people);
  }

  /** An alert reaches the prescriber on duty at once (domain.md §3) and escalates if unanswered. */
  void vitalsAlertRaised(VitalsAlertRaised e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "alertId", e.alertId());
    put(model, "sessionRecordId", e.sessionRecordId());
    put(model, "parameter", e.parameter());
    put(model, "value", e.value());
    put(model, "threshold", e.threshold());
    put(model, "measuredAt", e.measuredAt());
    alerts.raise(
        now(MessageKind.VITALS_ALERT, client, model),
        audience.prescriberOnDuty(client, clock.instant()));
  }

  /**
   * PHQ-9 item 9 above zero alerts the primary clinician and the care team whatever the total
   * (domain.md §4); no response after N sessions prompts an outcome review.
   */
  void assessmentRecorded(AssessmentRecorded e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "assessmentId", e.assessmentId());
    put(model, "instrument", e.instrument());
    model.put("total", Integer.toString(e.total()));
    put(model, "severity", e.severity());
    if (e.suicideRisk()) {
      Set<UUID> team = audience.careTeamOf(client);
      if (team.isEmpty()) {
        team = audience.prescriberOnDuty(client, clock.instant());
      }
      alerts.raise(now(MessageKind.SUICIDE_RISK, client, model), team);
    }
    if (e.outcomeReviewDue()) {
      planner.plan(
          now(MessageKind.OUTCOME_REVIEW, client, model),
          audience.therapistAndPrescriberOf(client));
    }
  }

  /** A handoff reaches the addressed people and roles, and must be acknowledged. */
  void careNoteShared(CareNoteShared e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "noteId", e.noteId());
    put(model, "authorId", e.authorId());
    Set<UUID> addressees = new LinkedHashSet<>();
    if (e.recipientIds() != null) {
      e.recipientIds().stream().map(UUID::fromString).forEach(addressees::add);
    }
    if (e.recipientRoles() != null) {
      for (String role : e.recipientRoles()) {
        if (role != null) {
          addressees.addAll(withRoleFor(client, role));
        }
      }
    }
    if (e.authorId() != null) {
      addressees.remove(UUID.fromString(e.authorId()));
    }
    MessageKind kind =
        e.priority() == CareNoteShared.Priority.URGENT
            ? MessageKind.CARE_NOTE_URGENT
            : MessageKind.CARE_NOTE;
    alerts.raise(now(kind, client, model), addressees);
  }

  /** Coordinators learn of a new referral; who is referred and why they read in the app. */
  void referralReceived(ReferralReceived e) {
    Map<String, String> model = new HashMap<>();
    put(model, "referralId", e.referralId());
    put(model, "partnerId", e.partnerId());
    put(model, "urgency", e.urgency());
    put(model, "receivedAt", e.receivedAt());
    planner.plan(
        now(MessageKind.REFERRAL_RECEIVED, null, model), audience.withRole(Roles.COORDINATOR));
  }

  /** Admins learn at once that someone outside the care team opened a chart. */
  void breakGlassAccessed(BreakGlassAccessed e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "clinicianId", e.clinicianId());
    put(model, "role", e.role());
    put(model, "accessedAt", e.accessedAt());
    alerts.raise(now(MessageKind.BREAK_GLASS, client, model), audience.withRole(Roles.ADMIN));
  }

  /** A break-the-glass use not reviewed in policy time goes to every admin, as an urgent alert. */
  void breakGlassReviewOverdue(BreakGlassReviewOverdue e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = model(e.clientId());
    put(model, "grantId", e.grantId());
    put(model, "clinicianId", e.clinicianId());
    put(model, "grantedAt", e.grantedAt());
    put(model, "dueAt", e.dueAt());
    alerts.raise(
        now(MessageKind.BREAK_GLASS_REVIEW_OVERDUE, client, model), audience.withRole(Roles.ADMIN));
  }

  /** Clinical roles mean the client's own team member; other roles mean everyone holding them. */
  private Set<UUID> withRoleFor(UUID client, String role) {
    CareTeam team = audience.careTeam(client).orElse(null);
    Set<UUID> people = new LinkedHashSet<>();
    switch (role) {
      case Roles.THERAPIST -> addIf(people, team == null ? null : team.therapistId);
      case Roles.PRESCRIBER -> addIf(people, team == null ? null : team.prescriberId);
      case Roles.CHAPLAIN -> addIf(people, team == null ? null : team.chaplainId);
      case Roles.NURSE -> {
        if (team != null) {
          people.addAll(team.nurseIds);
        }
      }
      default -> people.addAll(audience.withRole(role));
    }
    return people;
  }

  /** A message due now about {@code client} (null when there is no client yet: a referral). */
  private Outgoing now(MessageKind kind, UUID client, Map<String, String> model) {
    return new Outgoing(kind, CurrentEvent.id(), client, null, null, model, clock.instant());
  }

  private static Map<String, String> model(String clientId) {
    Map<String, String> model = new HashMap<>();
    model.put("clientId", clientId);
    return model;
  }

  private static void addIf(Set<UUID> set, UUID id) {
    if (id != null) {
      set.add(id);
    }
  }

  private static void put(Map<String, String> model, String key, Object value) {
    if (value != null) {
      model.put(key, value.toString());
    }
  }
}
