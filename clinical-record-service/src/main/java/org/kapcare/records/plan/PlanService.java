package org.kapcare.records.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.consent.Consent;
import org.kapcare.records.consent.ConsentKind;
import org.kapcare.records.evaluation.Evaluation;

/** Signing treatment plans; a new plan supersedes the active one. */
@ApplicationScoped
@Transactional
public class PlanService {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final DoseRules doses;

  PlanService(ChartAccess access, Caller caller, Outbox outbox, DoseRules doses) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.doses = doses;
  }

  /**
   * Signs a plan. Requires an approved, unexpired evaluation of this client and an active informed
   * consent to KAP; the dose must be in the route's range. Emits {@code TreatmentPlanApproved}.
   */
  public TreatmentPlan sign(UUID clientId, @Valid PlanRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.SIGN_PLAN, id);
    Instant now = Instant.now();
    Evaluation evaluation = Evaluation.findById(request.evaluationId());
    if (evaluation == null || !evaluation.clientId.equals(clientId)) {
      throw ProblemException.notFound("evaluation", request.evaluationId());
    }
    if (!evaluation.approvedAt(now)) {
      throw ProblemException.ruleViolation(
          "plan-requires-approved-eligibility",
          "Not eligible",
          "a treatment plan needs an approved evaluation that has not expired");
    }
    if (Consent.active(clientId, ConsentKind.KAP_TREATMENT) == null) {
      throw ProblemException.ruleViolation(
          "plan-requires-informed-consent",
          "No informed consent",
          "the client has not signed (or has withdrawn) informed consent to KAP");
    }
    TreatmentPlan current = TreatmentPlan.active(clientId);
    if (current != null) {
      current.status = TreatmentPlan.Status.SUPERSEDED;
      current.persistAndFlush();
    }
    TreatmentPlan plan = new TreatmentPlan();
    plan.id = id;
    plan.clientId = clientId;
    plan.evaluationId = evaluation.id;
    plan.route = request.route();
    plan.doseMg = doses.doseMg(request);
    plan.doseMgPerKg = request.doseMgPerKg();
    plan.weightKg = request.doseMgPerKg() == null ? null : request.weightKg();
    plan.dosingSessions = request.dosingSessions();
    plan.courseWeeks = request.courseWeeks();
    plan.goals =
        request.goals().stream().map(g -> new Goal(UUID.randomUUID(), g.text().strip())).toList();
    plan.status = TreatmentPlan.Status.ACTIVE;
    plan.prescriberId = UUID.fromString(caller.id());
    plan.signedAt = now;
    plan.persist();
    outbox.record(
        TreatmentPlanApproved.TYPE,
        new TreatmentPlanApproved(
            clientId.toString(),
            id.toString(),
            plan.route,
            plan.dosingSessions,
            plan.courseWeeks,
            caller.id(),
            now));
    return plan;
  }

  public TreatmentPlan active(UUID clientId) {
    access.require(clientId, ChartAction.READ_PLAN, null);
    TreatmentPlan plan = TreatmentPlan.active(clientId);
    if (plan == null) {
      throw ProblemException.notFound("active treatment plan of client", clientId);
    }
    return plan;
  }

  public List<TreatmentPlan> list(UUID clientId) {
    access.require(clientId, ChartAction.READ_PLAN, null);
    return TreatmentPlan.<TreatmentPlan>find("clientId = ?1 ORDER BY signedAt DESC", clientId)
        .page(0, 100)
        .list();
  }
}
