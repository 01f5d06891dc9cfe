package org.kapcare.records.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;
import org.kapcare.platform.audit.AuditRecord;

/**
 * The chart's audit entries in the platform's one audit trail ({@link
 * org.kapcare.platform.audit.AuditLog}): who, role, what, purpose of use, when, outcome — allowed
 * ones in the caller's transaction, refusals in their own. The trail is append-only and
 * hash-chained.
 */
@ApplicationScoped
public class AuditLog {

  static final String BREAK_GLASS_PURPOSE = "ETREAT";

  private final org.kapcare.platform.audit.AuditLog trail;

  AuditLog(org.kapcare.platform.audit.AuditLog trail) {
    this.trail = trail;
  }

  /** An allowed access, in the same transaction as the data it touched. */
  @Transactional(Transactional.TxType.MANDATORY)
  void allowed(String actor, Grant grant, UUID clientId, ChartAction action, UUID resourceId) {
    trail.allowed(
        new AuditRecord(
            actor,
            grant.relation().name().toLowerCase(Locale.ROOT),
            clientId,
            action.audit,
            action.resource,
            resourceId,
            grant.breakGlass() ? BREAK_GLASS_PURPOSE : grant.relation().purpose,
            grant.breakGlass()));
  }

  /** A refused access: its own transaction, so it stays on record when the request fails. */
  void denied(
      String actor,
      String role,
      UUID clientId,
      ChartAction action,
      UUID resourceId,
      String purpose) {
    trail.denied(
        AuditRecord.of(actor, role, clientId, action.audit, action.resource, resourceId, purpose));
  }

  /**
   * An allowed access to a record kept outside a chart (a referral, linked to a client once
   * accepted), in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowed(
      String actor,
      Relation relation,
      UUID clientId,
      AuditRecord.Action action,
      String resource,
      UUID resourceId) {
    trail.allowed(
        AuditRecord.of(
            actor,
            relation.name().toLowerCase(Locale.ROOT),
            clientId,
            action,
            resource,
            resourceId,
            relation.purpose));
  }

  /** A refused access to a record kept outside a chart: its own transaction, like any refusal. */
  public void denied(
      String actor,
      String role,
      UUID clientId,
      AuditRecord.Action action,
      String resource,
      UUID resourceId,
      String purpose) {
    trail.denied(AuditRecord.of(actor, role, clientId, action, resource, resourceId, purpose));
  }

  /** An access that is not about one client's chart (e.g. an admin reading reviews). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void operational(String actor, String role, AuditRecord.Action action, String resource) {
    trail.allowed(AuditRecord.of(actor, role, null, action, resource, null, "HOPERAT"));
  }

  /**
   * An allowed listing of charts (a client search) itself, about no one client, so that a search is
   * on record even when it finds nobody; each client it answers is audited on its own.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void listing(String actor, String role, ChartAction action, String purpose) {
    trail.allowed(AuditRecord.of(actor, role, null, action.audit, action.resource, null, purpose));
  }

  /** A break-the-glass grant: the emergency access itself. */
  @Transactional(Transactional.TxType.MANDATORY)
  void breakGlass(String actor, String role, UUID clientId, UUID grantId) {
    trail.allowed(
        new AuditRecord(
            actor,
            role,
            clientId,
            AuditRecord.Action.WRITE,
            "break-glass",
            grantId,
            BREAK_GLASS_PURPOSE,
            true));
  }
}
