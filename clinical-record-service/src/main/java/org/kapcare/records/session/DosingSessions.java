package org.kapcare.records.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.clinical.VitalsAlertRaised;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.access.Grant;
import org.kapcare.records.access.Relation;
import org.kapcare.records.evaluation.Evaluation;
import org.kapcare.records.plan.TreatmentPlan;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * The dosing session as it happens: pre-session checklist, start (override by the prescriber only),
 * doses, vitals evaluated as each reading arrives, checks, discharge, and the completion event.
 */
@ApplicationScoped
@Transactional
public class DosingSessions {

  /** The pre-session checklist items (domain.md §3, "Before each dosing session"). */
  public enum ChecklistItem {
    FASTING,
    ESCORT_CONFIRMED,
    BASELINE_BP_WITHIN_POLICY,
    ELIGIBILITY_VALID,
    PREPARATION_DONE
  }

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final ClinicalPolicy policy;
  private final VitalSigns vitals;
  private final ClientAppointments appointments;

  DosingSessions(
      ChartAccess access,
      Caller caller,
      Outbox outbox,
      ObjectMapper json,
      ClinicalPolicy policy,
      VitalSigns vitals,
      ClientAppointments appointments) {
    this.appointments = appointments;
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.json = json;
    this.policy = policy;
    this.vitals = vitals;
  }

  /** Opens a draft dosing record under the active plan. */
  public SessionRecord open(UUID clientId, @Valid DosingRequests.Open request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.RECORD_DOSING, id);
    TreatmentPlan plan = SessionRecords.activePlan(clientId, "dosing");
    appointments.requireOwn(clientId, request.appointmentId(), SessionKind.DOSING);
    return draft(id, clientId, plan.id, request.appointmentId(), UUID.fromString(caller.id()));
  }

  /**
   * A checked-in dosing appointment opens a draft record (from {@code AppointmentCheckedIn}); a
   * second check-in of the same appointment opens nothing.
   */
  public void openForCheckIn(UUID clientId, UUID appointmentId) {
    if (SessionRecord.count("appointmentId = ?1 AND kind = ?2", appointmentId, SessionKind.DOSING)
        > 0) {
      return;
    }
    TreatmentPlan plan = TreatmentPlan.active(clientId);
    draft(UUID.randomUUID(), clientId, plan == null ? null : plan.id, appointmentId, null);
  }

  private SessionRecord draft(
      UUID id, UUID clientId, UUID planId, UUID appointmentId, UUID openedBy) {
    SessionRecord r = new SessionRecord();
    r.id = id;
    r.clientId = clientId;
    r.planId = planId;
    r.kind = SessionKind.DOSING;
    r.appointmentId = appointmentId;
    r.status = SessionStatus.DRAFT;
    r.openedAt = Instant.now();
    r.openedBy = openedBy;
    r.content = json.createObjectNode();
    r.persist();
    return r;
  }

  /** Records the checklist and judges each item; returns the judgement. */
  public Map<ChecklistItem, Boolean> checklist(
      UUID clientId, UUID sessionId, @Valid DosingRequests.Checklist request) {
    SessionRecord r = dosing(clientId, sessionId);
    r.requireStatus(
        SessionStatus.DRAFT, "checklist-after-start", "the checklist is done before the start");
    Instant now = Instant.now();
    Route route = route(r);
    Map<ChecklistItem, Boolean> items = new LinkedHashMap<>();
    items.put(
        ChecklistItem.FASTING,
        route != null
            && !request.lastSolidsAt().plus(solids(route)).isAfter(now)
            && !request.lastLiquidsAt().plus(liquids(route)).isAfter(now));
    items.put(ChecklistItem.ESCORT_CONFIRMED, request.escortConfirmed());
    items.put(
        ChecklistItem.BASELINE_BP_WITHIN_POLICY,
        request.baselineSystolic() <= policy.baselineBp().maxSystolic()
            && request.baselineDiastolic() <= policy.baselineBp().maxDiastolic());
    Evaluation eligibility = Evaluation.latestDecision(clientId);
    items.put(ChecklistItem.ELIGIBILITY_VALID, eligibility != null && eligibility.approvedAt(now));
    items.put(ChecklistItem.PREPARATION_DONE, preparationDone(r));
    ObjectNode checklist = json.valueToTree(request);
    checklist.set("items", json.valueToTree(items));
    checklist.put("recordedAt", now.toString());
    checklist.put("recordedBy", caller.id());
    r.putContent("checklist", checklist);
    r.persistAndFlush();
    return items;
  }

  /**
   * Starts the session. Every checklist item must pass, unless the client's prescriber overrides in
   * writing (rule {@code dosing-checklist-failed}).
   */
  public SessionRecord start(UUID clientId, UUID sessionId, @Valid DosingRequests.Start request) {
    SessionRecord r = find(clientId, sessionId);
    Grant grant = access.require(clientId, ChartAction.RECORD_DOSING, sessionId);
    r.requireStatus(SessionStatus.DRAFT, "dosing-already-started", "the session has started");
    if (!r.content.has("checklist")) {
      throw ProblemException.ruleConflict(
          "dosing-checklist-missing",
          "Checklist missing",
          "record the pre-session checklist before starting");
    }
    List<String> failed = new ArrayList<>();
    r.content
        .path("checklist")
        .path("items")
        .fields()
        .forEachRemaining(
            item -> {
              if (!item.getValue().asBoolean()) {
                failed.add(item.getKey());
              }
            });
    if (!failed.isEmpty()) {
      if (request.overrideReason() == null) {
        throw ProblemException.ruleViolation(
            "dosing-checklist-failed",
            "Checklist not passed",
            "failing items "
                + failed
                + "; the session cannot start unless the prescriber overrides with a reason");
      }
      if (!grant.is(Relation.PRESCRIBER)) {
        throw ProblemException.forbidden("only the client's prescriber may override the checklist");
      }
      r.overrideReason = request.overrideReason();
    }
    r.status = SessionStatus.IN_PROGRESS;
    r.startedAt = Instant.now();
    if (request.setting() != null) {
      r.putContent("setting", TextNode.valueOf(request.setting()));
    }
    if (request.music() != null) {
      r.putContent("music", TextNode.valueOf(request.music()));
    }
    r.persistAndFlush();
    return r;
  }

  /** Records a dose given; its route must be the plan's. */
  public DoseAdministration dose(UUID clientId, UUID sessionId, @Valid DosingRequests.Dose d) {
    SessionRecord r = inProgress(clientId, sessionId);
    Route planned = route(r);
    if (planned != null && planned != d.route()) {
      throw ProblemException.ruleViolation(
          "dose-route-mismatch", "Route differs from plan", "the plan prescribes " + planned);
    }
    if (d.endedAt() != null && d.endedAt().isBefore(d.startedAt())) {
      throw ProblemException.ruleViolation(
          "dose-times", "Dose times out of order", "endedAt is before startedAt");
    }
    DoseAdministration a = new DoseAdministration();
    a.id = UUID.randomUUID();
    a.sessionId = r.id;
    a.route = d.route();
    a.doseMg = d.doseMg();
    a.lotNumber = d.lotNumber().strip();
    a.startedAt = d.startedAt();
    a.endedAt = d.endedAt();
    a.recordedBy = UUID.fromString(caller.id());
    a.persist();
    return a;
  }

  /** A reading with the alerts it raised (each announced at once as {@code VitalsAlertRaised}). */
  public record Recorded(VitalReading reading, List<VitalsAlert> alerts) {}

  public Recorded vitals(UUID clientId, UUID sessionId, @Valid DosingRequests.Vitals v) {
    if (v.systolic() == null
        && v.diastolic() == null
        && v.heartRate() == null
        && v.spo2() == null
        && v.respiratoryRate() == null) {
      throw new ProblemException(
          400,
          org.kapcare.platform.problem.ProblemType.VALIDATION,
          "Empty reading",
          "a reading needs at least one vital sign");
    }
    SessionRecord r = inProgress(clientId, sessionId);
    VitalReading reading = new VitalReading();
    reading.id = UUID.randomUUID();
    reading.sessionId = r.id;
    reading.clientId = clientId;
    reading.measuredAt = v.measuredAt();
    reading.systolic = v.systolic();
    reading.diastolic = v.diastolic();
    reading.heartRate = v.heartRate();
    reading.spo2 = v.spo2();
    reading.respiratoryRate = v.respiratoryRate();
    reading.recordedBy = UUID.fromString(caller.id());
    reading.persist();
    List<VitalsAlert> alerts = new ArrayList<>();
    for (VitalSigns.Breach breach : vitals.breaches(reading)) {
      VitalsAlert alert = new VitalsAlert();
      alert.id = UUID.randomUUID();
      alert.sessionId = r.id;
      alert.readingId = reading.id;
      alert.parameter = breach.parameter();
      alert.value = BigDecimal.valueOf(breach.value());
      alert.threshold = breach.threshold();
      alert.raisedAt = Instant.now();
      alert.persist();
      alerts.add(alert);
      outbox.record(
          VitalsAlertRaised.TYPE,
          new VitalsAlertRaised(
              clientId.toString(),
              alert.id.toString(),
              r.id.toString(),
              alert.parameter,
              alert.value,
              alert.threshold,
              reading.measuredAt));
    }
    return new Recorded(reading, alerts);
  }

  public ClinicalCheck check(UUID clientId, UUID sessionId, @Valid DosingRequests.Check c) {
    SessionRecord r = inProgress(clientId, sessionId);
    if (c.kind() == ClinicalCheck.Kind.ADVERSE_EVENT
        ? c.severity() == null || c.description() == null
        : c.score() == null) {
      throw new ProblemException(
          400,
          org.kapcare.platform.problem.ProblemType.VALIDATION,
          "Incomplete check",
          "an adverse event needs severity and description; a dissociation or sedation check a"
              + " score");
    }
    ClinicalCheck check = new ClinicalCheck();
    check.id = UUID.randomUUID();
    check.sessionId = r.id;
    check.kind = c.kind();
    check.score = c.score();
    check.severity = c.severity();
    check.description = c.description();
    check.observedAt = c.observedAt();
    check.recordedBy = UUID.fromString(caller.id());
    check.persist();
    return check;
  }

  /**
   * Discharges the client: vitals back in range (the last reading crosses no threshold), alert and
   * oriented, escort present (rule {@code discharge-criteria-not-met}); records monitoring time.
   */
  public SessionRecord discharge(
      UUID clientId, UUID sessionId, @Valid DosingRequests.Discharge request) {
    SessionRecord r = inProgress(clientId, sessionId);
    VitalReading last =
        VitalReading.<VitalReading>find("sessionId = ?1 ORDER BY measuredAt DESC, id DESC", r.id)
            .firstResult();
    boolean inRange = last != null && vitals.breaches(last).isEmpty();
    List<String> failed = new ArrayList<>();
    if (!inRange) failed.add("VITALS_BACK_IN_RANGE");
    if (!request.alertAndOriented()) failed.add("ALERT_AND_ORIENTED");
    if (!request.escortPresent()) failed.add("ESCORT_PRESENT");
    if (!failed.isEmpty()) {
      throw ProblemException.ruleViolation(
          "discharge-criteria-not-met",
          "Not ready for discharge",
          "failing items " + failed + "; keep monitoring");
    }
    Instant now = Instant.now();
    ObjectNode discharge = json.valueToTree(request);
    discharge.put("vitalsBackInRange", true);
    discharge.put("monitoringMinutes", Duration.between(r.startedAt, now).toMinutes());
    discharge.put("dischargedBy", caller.id());
    r.putContent("discharge", discharge);
    r.status = SessionStatus.DISCHARGED;
    r.dischargedAt = now;
    r.persistAndFlush();
    return r;
  }

  /** Announces a signed dosing session: ids and figures only, never free text. */
  void completed(SessionRecord r) {
    List<DoseAdministration> doses = DoseAdministration.list("sessionId", r.id);
    BigDecimal total = doses.stream().map(d -> d.doseMg).reduce(BigDecimal.ZERO, BigDecimal::add);
    Route route = doses.isEmpty() ? route(r) : doses.get(0).route;
    long alerts = VitalsAlert.count("sessionId", r.id);
    boolean adverse =
        ClinicalCheck.count("sessionId = ?1 AND kind = ?2", r.id, ClinicalCheck.Kind.ADVERSE_EVENT)
            > 0;
    outbox.record(
        DosingSessionCompleted.TYPE,
        new DosingSessionCompleted(
            r.clientId.toString(),
            r.id.toString(),
            r.appointmentId == null ? null : r.appointmentId.toString(),
            r.planId == null ? null : r.planId.toString(),
            route,
            total,
            r.content.path("discharge").path("monitoringMinutes").asInt(),
            (int) alerts,
            adverse,
            r.signedAt));
  }

  private boolean preparationDone(SessionRecord dosing) {
    if (dosing.planId == null) {
      return false;
    }
    return SessionRecord.<SessionRecord>find(
            "planId = ?1 AND kind = ?2 AND status = ?3",
            dosing.planId,
            SessionKind.PREPARATION,
            SessionStatus.SIGNED)
        .stream()
        .anyMatch(p -> "READY".equals(p.content.path("readiness").asText()));
  }

  private SessionRecord dosing(UUID clientId, UUID sessionId) {
    SessionRecord r = find(clientId, sessionId);
    access.require(clientId, ChartAction.RECORD_DOSING, sessionId);
    return r;
  }

  private SessionRecord inProgress(UUID clientId, UUID sessionId) {
    SessionRecord r = dosing(clientId, sessionId);
    r.requireStatus(
        SessionStatus.IN_PROGRESS,
        "session-not-started",
        "the session is " + r.status + "; this is recorded while it is in progress");
    return r;
  }

  private static SessionRecord find(UUID clientId, UUID sessionId) {
    SessionRecord r = SessionRecords.find(clientId, sessionId);
    if (r.kind != SessionKind.DOSING) {
      throw ProblemException.notFound("dosing session", sessionId);
    }
    return r;
  }

  private static Route route(SessionRecord r) {
    if (r.planId == null) {
      return null;
    }
    TreatmentPlan plan = TreatmentPlan.findById(r.planId);
    return plan == null ? null : plan.route;
  }

  private Duration solids(Route route) {
    ClinicalPolicy.Fasting f = policy.fasting();
    return switch (route) {
      case IV -> f.ivSolids();
      case IM -> f.imSolids();
      case SUBLINGUAL -> f.sublingualSolids();
      case INTRANASAL -> f.intranasalSolids();
    };
  }

  private Duration liquids(Route route) {
    ClinicalPolicy.Fasting f = policy.fasting();
    return switch (route) {
      case IV -> f.ivLiquids();
      case IM -> f.imLiquids();
      case SUBLINGUAL -> f.sublingualLiquids();
      case INTRANASAL -> f.intranasalLiquids();
    };
  }
}
