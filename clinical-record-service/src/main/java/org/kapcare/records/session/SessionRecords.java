package org.kapcare.records.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.PreparationCompleted;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.handoff.Handoffs;
import org.kapcare.records.plan.Goal;
import org.kapcare.records.plan.TreatmentPlan;

/** Preparation and integration records, reading and signing every kind of session record. */
@ApplicationScoped
@Transactional
public class SessionRecords {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final DosingSessions dosing;
  private final Handoffs handoffs;
  private final ClientAppointments appointments;

  SessionRecords(
      ChartAccess access,
      Caller caller,
      Outbox outbox,
      ObjectMapper json,
      DosingSessions dosing,
      Handoffs handoffs,
      ClientAppointments appointments) {
    this.appointments = appointments;
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.json = json;
    this.dosing = dosing;
    this.handoffs = handoffs;
  }

  /** Opens a preparation record under the active plan; linked goals must be the plan's. */
  public SessionRecord prepare(UUID clientId, @Valid PreparationRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.RECORD_PREPARATION, id);
    TreatmentPlan plan = activePlan(clientId, "preparation");
    List<UUID> planGoals = plan.goals.stream().map(Goal::id).toList();
    List<UUID> unknown = request.goalIds().stream().filter(g -> !planGoals.contains(g)).toList();
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          400,
          ProblemType.VALIDATION,
          "Unknown goals",
          "goalIds " + unknown + " are not goals of the active treatment plan");
    }
    appointments.requireOwn(clientId, request.appointmentId(), SessionKind.PREPARATION);
    return open(id, clientId, plan.id, SessionKind.PREPARATION, request.appointmentId(), request);
  }

  /** Opens an integration record after a signed dosing session of the same client. */
  public SessionRecord integrate(UUID clientId, @Valid IntegrationRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.RECORD_INTEGRATION, id);
    SessionRecord dosed = SessionRecord.findById(request.dosingSessionId());
    if (dosed == null || !dosed.clientId.equals(clientId) || dosed.kind != SessionKind.DOSING) {
      throw ProblemException.notFound("dosing session", request.dosingSessionId());
    }
    if (dosed.status != SessionStatus.SIGNED) {
      throw ProblemException.ruleConflict(
          "integration-follows-signed-dosing",
          "Dosing session not signed",
          "integration follows a dosing session whose record is signed");
    }
    if (request.prescriberReview() && request.reviewReason() == null) {
      throw new ProblemException(
          400,
          ProblemType.VALIDATION,
          "Review reason missing",
          "say what the prescriber should review (reviewReason)");
    }
    appointments.requireOwn(clientId, request.appointmentId(), SessionKind.INTEGRATION);
    return open(
        id, clientId, dosed.planId, SessionKind.INTEGRATION, request.appointmentId(), request);
  }

  private SessionRecord open(
      UUID id, UUID clientId, UUID planId, SessionKind kind, UUID appointmentId, Object content) {
    SessionRecord r = new SessionRecord();
    r.id = id;
    r.clientId = clientId;
    r.planId = planId;
    r.kind = kind;
    r.appointmentId = appointmentId;
    r.status = SessionStatus.DRAFT;
    r.openedAt = Instant.now();
    r.openedBy = UUID.fromString(caller.id());
    r.content = json.valueToTree(content);
    r.persist();
    return r;
  }

  /**
   * Signs a record; it never changes afterwards. Preparation marked READY emits {@code
   * PreparationCompleted}; dosing must be discharged and emits {@code DosingSessionCompleted};
   * integration flagged for review becomes a handoff to the prescriber.
   */
  public SessionRecord sign(UUID clientId, UUID sessionId) {
    SessionRecord r = find(clientId, sessionId);
    access.require(clientId, signAction(r.kind), sessionId);
    Instant now = Instant.now();
    switch (r.kind) {
      case PREPARATION -> {
        r.requireStatus(SessionStatus.DRAFT, "session-not-draft", "only a draft can be signed");
        markSigned(r, now);
        if ("READY".equals(r.content.path("readiness").asText())) {
          outbox.record(
              PreparationCompleted.TYPE,
              new PreparationCompleted(
                  clientId.toString(), r.id.toString(), r.planId.toString(), caller.id(), now));
        }
      }
      case INTEGRATION -> {
        r.requireStatus(SessionStatus.DRAFT, "session-not-draft", "only a draft can be signed");
        markSigned(r, now);
        if (r.content.path("prescriberReview").asBoolean()) {
          handoffs.toPrescriber(
              clientId,
              "Integration review requested: " + r.content.path("reviewReason").asText(),
              CareNoteShared.Priority.ROUTINE);
        }
      }
      case DOSING -> {
        r.requireStatus(
            SessionStatus.DISCHARGED,
            "dosing-not-discharged",
            "a dosing session is signed after the discharge checklist");
        markSigned(r, now);
        dosing.completed(r);
      }
    }
    return r;
  }

  private void markSigned(SessionRecord r, Instant now) {
    r.status = SessionStatus.SIGNED;
    r.signedAt = now;
    r.signedBy = UUID.fromString(caller.id());
    r.persistAndFlush();
  }

  private static ChartAction signAction(SessionKind kind) {
    return switch (kind) {
      case PREPARATION -> ChartAction.RECORD_PREPARATION;
      case INTEGRATION -> ChartAction.RECORD_INTEGRATION;
      case DOSING -> ChartAction.RECORD_DOSING;
    };
  }

  public SessionRecord read(UUID clientId, UUID sessionId) {
    SessionRecord r = find(clientId, sessionId);
    access.require(clientId, ChartAction.READ_SESSIONS, sessionId);
    return r;
  }

  public List<SessionRecord> list(UUID clientId, SessionKind kind) {
    access.require(clientId, ChartAction.READ_SESSIONS, null);
    return (kind == null
            ? SessionRecord.<SessionRecord>find("clientId = ?1 ORDER BY openedAt DESC", clientId)
            : SessionRecord.<SessionRecord>find(
                "clientId = ?1 AND kind = ?2 ORDER BY openedAt DESC", clientId, kind))
        .page(0, 200)
        .list();
  }

  static SessionRecord find(UUID clientId, UUID sessionId) {
    SessionRecord r = SessionRecord.findById(sessionId);
    if (r == null || !r.clientId.equals(clientId)) {
      throw ProblemException.notFound("session record", sessionId);
    }
    return r;
  }

  static TreatmentPlan activePlan(UUID clientId, String what) {
    TreatmentPlan plan = TreatmentPlan.active(clientId);
    if (plan == null) {
      throw ProblemException.ruleViolation(
          "session-requires-plan",
          "No active treatment plan",
          "a " + what + " session belongs to the client's active treatment plan");
    }
    return plan;
  }

  ObjectNode tree(Object value) {
    return json.valueToTree(value);
  }
}
