package org.kapcare.records.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * Writes the audit trail (45 CFR 164.312(b)): who, role, what, purpose of use, when, outcome. The
 * table refuses updates and deletes, so the trail is append-only.
 */
@ApplicationScoped
public class AuditLog {

  static final String BREAK_GLASS_PURPOSE = "ETREAT";

  /** An allowed access, in the same transaction as the data it touched. */
  @Transactional(Transactional.TxType.MANDATORY)
  void allowed(String actor, Grant grant, UUID clientId, ChartAction action, UUID resourceId) {
    insert(
        actor,
        grant.relation().name().toLowerCase(java.util.Locale.ROOT),
        clientId,
        action.audit.name(),
        action.resource,
        resourceId,
        grant.breakGlass() ? BREAK_GLASS_PURPOSE : grant.relation().purpose,
        "ALLOWED",
        grant.breakGlass());
  }

  /** A refused access: its own transaction, so it stays on record when the request fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void denied(
      String actor,
      String role,
      UUID clientId,
      ChartAction action,
      UUID resourceId,
      String purpose) {
    insert(
        actor,
        role,
        clientId,
        action.audit.name(),
        action.resource,
        resourceId,
        purpose,
        "DENIED",
        false);
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
      ChartAction.AuditAction action,
      String resource,
      UUID resourceId) {
    insert(
        actor,
        relation.name().toLowerCase(java.util.Locale.ROOT),
        clientId,
        action.name(),
        resource,
        resourceId,
        relation.purpose,
        "ALLOWED",
        false);
  }

  /** A refused access to a record kept outside a chart: its own transaction, like any refusal. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(
      String actor,
      String role,
      UUID clientId,
      ChartAction.AuditAction action,
      String resource,
      UUID resourceId,
      String purpose) {
    insert(actor, role, clientId, action.name(), resource, resourceId, purpose, "DENIED", false);
  }

  /** An access that is not about one client's chart (e.g. an admin reading the audit log). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void operational(String actor, String role, String action, String resource) {
    insert(actor, role, null, action, resource, null, "HOPERAT", "ALLOWED", false);
  }

  /** A break-the-glass grant: the emergency access itself. */
  @Transactional(Transactional.TxType.MANDATORY)
  void breakGlass(String actor, String role, UUID clientId, UUID grantId) {
    insert(
        actor,
        role,
        clientId,
        "WRITE",
        "break-glass",
        grantId,
        BREAK_GLASS_PURPOSE,
        "ALLOWED",
        true);
  }

  private void insert(
      String actor,
      String role,
      UUID clientId,
      String action,
      String resource,
      UUID resourceId,
      String purpose,
      String outcome,
      boolean breakGlass) {
    AuditEntry entry = new AuditEntry();
    entry.id = UUID.randomUUID();
    entry.occurredAt = Instant.now();
    entry.actorId = actor;
    entry.actorRole = role;
    entry.clientId = clientId;
    entry.action = action;
    entry.resource = resource;
    entry.resourceId = resourceId;
    entry.purpose = purpose;
    entry.outcome = outcome;
    entry.breakGlass = breakGlass;
    entry.correlationId = CorrelationId.current();
    entry.persist();
  }
}
