package org.kapcare.records.access;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.BreakGlassReviewOverdue;
import org.kapcare.platform.audit.AuditRecord;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * Every break-the-glass use is reviewed by an admin: the open ones are listed, a review records
 * whether the emergency justified it, and a use not reviewed within the policy's time is escalated
 * once ({@code BreakGlassReviewOverdue}, which notification-service sends to every admin).
 */
@ApplicationScoped
@Transactional
public class BreakGlassReviews {

  private static final String SELECT =
      "SELECT id, client_id, clinician_id, role, reason, granted_at, expires_at, escalated_at,"
          + " review_outcome, reviewed_at, reviewed_by, review_note FROM break_glass_access";

  private final EntityManager em;
  private final AuditLog audit;
  private final Caller caller;
  private final Outbox outbox;
  private final ClinicalPolicy policy;

  BreakGlassReviews(
      EntityManager em, AuditLog audit, Caller caller, Outbox outbox, ClinicalPolicy policy) {
    this.em = em;
    this.audit = audit;
    this.caller = caller;
    this.outbox = outbox;
    this.policy = policy;
  }

  /** A use of break-the-glass and its review. */
  public record Use(
      UUID grantId,
      UUID clientId,
      UUID clinicianId,
      String role,
      String reason,
      Instant grantedAt,
      Instant expiresAt,
      Instant reviewDueAt,
      boolean escalated,
      Outcome outcome,
      Instant reviewedAt,
      UUID reviewedBy,
      String reviewNote) {}

  /** What the reviewer concluded. */
  @Schema(name = "BreakGlassReviewOutcome")
  public enum Outcome {
    JUSTIFIED,
    NOT_JUSTIFIED
  }

  /** Uses oldest first; {@code open} lists only those not yet reviewed. Reading is audited. */
  @SuppressWarnings("unchecked")
  public Page<Use> list(boolean open, Cursor after, int limit) {
    audit.operational(caller.id(), Roles.ADMIN, AuditRecord.Action.READ, "break-glass-review");
    List<Object[]> rows =
        em.createNativeQuery(
                SELECT
                    + " WHERE (?1 = false OR reviewed_at IS NULL)"
                    + " AND (CAST(?2 AS timestamptz) IS NULL OR (granted_at, id) > (?2, ?3))"
                    + " ORDER BY granted_at, id LIMIT ?4")
            .setParameter(1, open)
            .setParameter(2, after == null ? null : after.at())
            .setParameter(3, after == null ? new UUID(0, 0) : after.id())
            .setParameter(4, limit + 1)
            .getResultList();
    List<Use> page = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
      page.add(use(row));
    }
    String next =
        rows.size() > limit
            ? new Cursor(page.get(limit - 1).grantedAt(), page.get(limit - 1).grantId()).encode()
            : null;
    return new Page<>(page, next);
  }

  /** Records the admin's review of one use; a use is reviewed once (409 after that). */
  public Use review(UUID grantId, @Valid BreakGlassReviewRequest request) {
    Use use = find(grantId);
    if (use.outcome() != null) {
      throw ProblemException.ruleConflict(
          "break-glass-already-reviewed",
          "Already reviewed",
          "this use was reviewed at " + use.reviewedAt());
    }
    em.createNativeQuery(
            "UPDATE break_glass_access SET reviewed_at = ?2, reviewed_by = ?3, review_outcome = ?4,"
                + " review_note = ?5 WHERE id = ?1")
        .setParameter(1, grantId)
        .setParameter(2, Instant.now())
        .setParameter(3, UUID.fromString(caller.id()))
        .setParameter(4, request.outcome().name())
        .setParameter(5, request.note().strip())
        .executeUpdate();
    audit.allowed(
        caller.id(),
        Relation.ADMIN,
        use.clientId(),
        AuditRecord.Action.WRITE,
        "break-glass-review",
        grantId);
    return find(grantId);
  }

  @Scheduled(
      every = "${kap.clinical.break-glass.review-check-every:PT1M}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void checkOverdue() {
    escalateOverdue();
  }

  /** Escalates, once each, the uses whose review is overdue; returns their grant ids. */
  public List<UUID> escalateOverdue() {
    Instant now = Instant.now();
    Instant grantedBefore = now.minus(policy.breakGlass().reviewWithin());
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "UPDATE break_glass_access SET escalated_at = ?1 WHERE id IN (SELECT id FROM"
                    + " break_glass_access WHERE reviewed_at IS NULL AND escalated_at IS NULL"
                    + " AND granted_at <= ?2 ORDER BY granted_at LIMIT 100 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, client_id, clinician_id, granted_at")
            .setParameter(1, now)
            .setParameter(2, grantedBefore)
            .getResultList();
    List<UUID> escalated = new ArrayList<>();
    for (Object[] row : due) {
      escalated.add((UUID) row[0]);
      Instant grantedAt = instant(row[3]);
      outbox.record(
          BreakGlassReviewOverdue.TYPE,
          new BreakGlassReviewOverdue(
              row[1].toString(),
              row[0].toString(),
              row[2].toString(),
              grantedAt,
              grantedAt.plus(policy.breakGlass().reviewWithin())));
    }
    return escalated;
  }

  private Use find(UUID grantId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, grantId).getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("break-the-glass use", grantId);
    }
    return use(rows.get(0));
  }

  private Use use(Object[] r) {
    Instant grantedAt = instant(r[5]);
    return new Use(
        (UUID) r[0],
        (UUID) r[1],
        (UUID) r[2],
        (String) r[3],
        (String) r[4],
        grantedAt,
        instant(r[6]),
        grantedAt.plus(policy.breakGlass().reviewWithin()),
        r[7] != null,
        r[8] == null ? null : Outcome.valueOf((String) r[8]),
        instant(r[9]),
        (UUID) r[10],
        (String) r[11]);
  }

  private static Instant instant(Object value) {
    return value == null
        ? null
        : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
  }
}
