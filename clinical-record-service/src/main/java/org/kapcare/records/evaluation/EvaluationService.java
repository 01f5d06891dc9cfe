package org.kapcare.records.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.EligibilityDecided.Decision;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.policy.ClinicalPolicy;

/** Evaluation and the eligibility decision that gates dosing. */
@ApplicationScoped
@Transactional
public class EvaluationService {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final ClinicalPolicy policy;

  EvaluationService(ChartAccess access, Caller caller, Outbox outbox, ClinicalPolicy policy) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.policy = policy;
  }

  /** Records an evaluation; every contraindication must be answered (400 names the missing). */
  public Evaluation record(UUID clientId, @Valid EvaluationRequest request) {
    UUID id = UUID.randomUUID();
    access.require(clientId, ChartAction.RECORD_EVALUATION, id);
    List<String> missing =
        Arrays.stream(Contraindication.values())
            .filter(c -> !request.screening().containsKey(c))
            .map(Enum::name)
            .toList();
    if (!missing.isEmpty()) {
      throw new ProblemException(
          400,
          ProblemType.VALIDATION,
          "Screening incomplete",
          "every contraindication must be answered; missing: " + String.join(", ", missing));
    }
    Evaluation e = new Evaluation();
    e.id = id;
    e.clientId = clientId;
    e.prescriberId = UUID.fromString(caller.id());
    e.evaluatedAt = Instant.now();
    e.screening = request.screening();
    e.positiveItems =
        Arrays.stream(Contraindication.values())
            .filter(request.screening()::get)
            .map(Enum::name)
            .toList();
    e.systolic = request.systolic();
    e.diastolic = request.diastolic();
    e.heartRate = request.heartRate();
    e.weightKg = request.weightKg();
    e.medications = request.medications();
    e.priorTreatments = request.priorTreatments();
    e.persist();
    return e;
  }

  /**
   * Decides eligibility. Approval with a positive contraindication needs the prescriber's written
   * override (rule {@code contraindication-blocks-approval}); a decision is final. Emits {@code
   * EligibilityDecided}.
   */
  public Evaluation decide(UUID clientId, UUID evaluationId, @Valid DecisionRequest request) {
    access.require(clientId, ChartAction.RECORD_EVALUATION, evaluationId);
    Evaluation e = find(clientId, evaluationId);
    if (e.decision != null) {
      throw ProblemException.ruleConflict(
          "evaluation-already-decided",
          "Already decided",
          "this evaluation was decided at " + e.decidedAt + "; record a new evaluation instead");
    }
    if (request.decision() == Decision.APPROVED
        && !e.positiveItems.isEmpty()
        && request.overrideReason() == null) {
      throw ProblemException.ruleViolation(
          "contraindication-blocks-approval",
          "Contraindication present",
          "positive screening items "
              + e.positiveItems
              + " block approval unless the prescriber overrides with a written reason");
    }
    Instant now = Instant.now();
    e.decision = request.decision();
    e.overrideReason = request.overrideReason();
    e.decisionNote = request.note();
    e.decidedAt = now;
    if (request.decision() == Decision.APPROVED) {
      e.expiresAt =
          request.expiresAt() != null
              ? request.expiresAt()
              : now.atOffset(ZoneOffset.UTC).plus(policy.eligibilityValidity()).toInstant();
    }
    outbox.record(
        EligibilityDecided.TYPE,
        new EligibilityDecided(
            clientId.toString(), e.id.toString(), e.decision, e.expiresAt, caller.id(), now));
    return e;
  }

  public Evaluation read(UUID clientId, UUID evaluationId) {
    access.require(clientId, ChartAction.READ_EVALUATION, evaluationId);
    return find(clientId, evaluationId);
  }

  public List<Evaluation> list(UUID clientId) {
    access.require(clientId, ChartAction.READ_EVALUATION, null);
    return Evaluation.<Evaluation>find("clientId = ?1 ORDER BY evaluatedAt DESC", clientId)
        .page(0, 100)
        .list();
  }

  private static Evaluation find(UUID clientId, UUID evaluationId) {
    Evaluation e = Evaluation.findById(evaluationId);
    if (e == null || !e.clientId.equals(clientId)) {
      throw ProblemException.notFound("evaluation", evaluationId);
    }
    return e;
  }
}
