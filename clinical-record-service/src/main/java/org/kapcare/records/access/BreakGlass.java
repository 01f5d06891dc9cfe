package org.kapcare.records.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kapcare.contracts.clinical.BreakGlassAccessed;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.client.Client;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * Emergency access to a chart by a clinician outside the care team: needs a written reason, lasts
 * the policy's duration, is audited, and raises {@code BreakGlassAccessed} so admins and the team
 * are alerted.
 */
@ApplicationScoped
@Transactional
public class BreakGlass {

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private final ChartAccess access;
  private final AuditLog audit;
  private final Caller caller;
  private final EntityManager em;
  private final Outbox outbox;
  private final ClinicalPolicy policy;

  BreakGlass(
      ChartAccess access,
      AuditLog audit,
      Caller caller,
      EntityManager em,
      Outbox outbox,
      ClinicalPolicy policy) {
    this.access = access;
    this.audit = audit;
    this.caller = caller;
    this.em = em;
    this.outbox = outbox;
    this.policy = policy;
  }

  /** Grants emergency access until the returned instant. */
  public Instant open(UUID clientId, @Valid BreakGlassRequest request) {
    if (Client.findById(clientId) == null) {
      throw ProblemException.notFound("client", clientId);
    }
    requireReviewableReason(request.reason());
    if (!access.careTeamRelations(clientId).isEmpty()) {
      throw ProblemException.ruleConflict(
          "break-glass-not-needed",
          "Already on the care team",
          "you are on this client's care team; open the chart directly");
    }
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    Instant expires = now.plus(policy.breakGlass().duration());
    String role = access.callerRole();
    em.createNativeQuery(
            "INSERT INTO break_glass_access (id, client_id, clinician_id, role, reason,"
                + " granted_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, id)
        .setParameter(2, clientId)
        .setParameter(3, UUID.fromString(caller.id()))
        .setParameter(4, role)
        .setParameter(5, request.reason().strip())
        .setParameter(6, now)
        .setParameter(7, expires)
        .executeUpdate();
    audit.breakGlass(caller.id(), role, clientId, id);
    outbox.record(
        BreakGlassAccessed.TYPE,
        new BreakGlassAccessed(clientId.toString(), id.toString(), caller.id(), role, now));
    return expires;
  }

  /**
   * A reviewer must be able to judge the reason: at least the policy's number of distinct words, so
   * "aaaaaaaaaa" or "emergency" alone is refused.
   */
  private void requireReviewableReason(String reason) {
    long words =
        WORD.matcher(reason.toLowerCase(Locale.ROOT))
            .results()
            .map(m -> m.group())
            .distinct()
            .count();
    int needed = policy.breakGlass().minReasonWords();
    if (words < needed) {
      throw new ProblemException(
          400,
          ProblemType.VALIDATION,
          "Reason too thin to review",
          "say in at least "
              + needed
              + " different words what the emergency is and why the care team cannot act");
    }
  }
}
