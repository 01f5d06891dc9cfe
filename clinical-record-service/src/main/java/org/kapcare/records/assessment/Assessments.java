package org.kapcare.records.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.AssessmentRecorded;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.access.Grant;
import org.kapcare.records.access.Relation;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * Submitting and reading outcome measures. Every submission emits {@code AssessmentRecorded}: with
 * the suicide-risk flag when PHQ-9 item 9 > 0 whatever the total, and the outcome-review flag when
 * there is no response after the policy's number of dosing sessions.
 */
@ApplicationScoped
@Transactional
public class Assessments {

  private final ChartAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final Scoring scoring;
  private final ClinicalPolicy policy;

  Assessments(
      ChartAccess access, Caller caller, Outbox outbox, Scoring scoring, ClinicalPolicy policy) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.scoring = scoring;
    this.policy = policy;
  }

  /**
   * An assessment dated before the policy's window: refused to the client (their journey would show
   * a remission that never happened), allowed to staff with a written reason, which is kept.
   */
  private String requireDatedWithinWindow(
      Grant grant, Instant administeredAt, AssessmentRequest request, Instant now) {
    Instant earliest = now.minus(policy.assessment().backdatingWindow());
    if (!administeredAt.isBefore(earliest)) {
      return null;
    }
    if (grant.is(Relation.SELF)) {
      throw ProblemException.ruleViolation(
          "assessment-backdated",
          "Dated too far back",
          "administeredAt must not be before "
              + earliest
              + "; your care team can enter earlier"
              + " scores");
    }
    String reason = request.backdatedReason();
    if (reason == null || reason.isBlank()) {
      throw ProblemException.ruleViolation(
          "assessment-backdated",
          "Reason for an earlier date missing",
          "an assessment dated before " + earliest + " needs backdatedReason");
    }
    return reason.strip();
  }

  public AssessmentView submit(UUID clientId, @Valid AssessmentRequest request) {
    UUID id = UUID.randomUUID();
    Grant grant = access.require(clientId, ChartAction.SUBMIT_ASSESSMENT, id);
    Score score = scoring.score(request.instrument(), request.answers());
    Instant now = Instant.now();
    Instant administeredAt = request.administeredAt() == null ? now : request.administeredAt();
    String backdatedReason = requireDatedWithinWindow(grant, administeredAt, request, now);
    Assessment a = new Assessment();
    a.id = id;
    a.clientId = clientId;
    a.instrument = request.instrument();
    a.answers = request.answers().stream().map(Integer::shortValue).toList();
    a.total = score.total();
    a.severity = score.severity();
    a.suicideRisk = score.suicideRisk();
    a.positiveScreen = score.positiveScreen();
    a.administeredAt = administeredAt;
    a.backdatedReason = backdatedReason;
    a.recordedAt = now;
    a.submittedBy = UUID.fromString(caller.id());
    a.submitterRole = grant.relation().name().toLowerCase(java.util.Locale.ROOT);
    a.persistAndFlush();
    AssessmentView view = view(a, score.dsm5Pattern());
    outbox.record(
        AssessmentRecorded.TYPE,
        new AssessmentRecorded(
            clientId.toString(),
            id.toString(),
            a.instrument.name(),
            a.total,
            a.severity,
            a.suicideRisk,
            view.response(),
            view.remission(),
            view.outcomeReviewDue(),
            now));
    return view;
  }

  /** The client's trend for one instrument, oldest first, each against the course baseline. */
  public List<AssessmentView> trend(UUID clientId, Instrument instrument) {
    access.require(clientId, ChartAction.READ_ASSESSMENTS, null);
    return Assessment.<Assessment>find(
            "clientId = ?1 AND instrument = ?2 ORDER BY administeredAt", clientId, instrument)
        .page(0, 500)
        .stream()
        .map(a -> view(a, pattern(a)))
        .toList();
  }

  public AssessmentView read(UUID clientId, UUID assessmentId) {
    access.require(clientId, ChartAction.READ_ASSESSMENTS, assessmentId);
    Assessment a = Assessment.findById(assessmentId);
    if (a == null || !a.clientId.equals(clientId)) {
      throw ProblemException.notFound("assessment", assessmentId);
    }
    return view(a, pattern(a));
  }

  private AssessmentView view(Assessment a, Boolean dsm5Pattern) {
    Outcomes.Outcome o = Outcomes.of(a, Outcomes.baseline(a.clientId, a.instrument));
    boolean reviewDue =
        o.baseline() != null
            && !o.response()
            && Outcomes.dosingSessionsInCourse(a.clientId)
                >= policy.outcomeReviewAfterDosingSessions();
    return new AssessmentView(
        a.id,
        a.clientId,
        a.instrument,
        a.answers,
        a.total,
        a.severity,
        a.suicideRisk,
        a.positiveScreen,
        dsm5Pattern,
        a.administeredAt,
        o.baseline(),
        o.change(),
        o.response(),
        o.remission(),
        reviewDue);
  }

  private static Boolean pattern(Assessment a) {
    return a.instrument == Instrument.PCL5
        ? Scoring.dsm5Pattern(a.answers.stream().map(Short::intValue).toList())
        : null;
  }
}
