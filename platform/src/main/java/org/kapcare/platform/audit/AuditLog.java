package org.kapcare.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.platform.correlation.CorrelationId;

/**
 * Writes the audit trail, the one mechanism every service uses: an allowed access in the same
 * transaction as the data it touched, a refused one in its own transaction so it stays on record
 * when the request fails. {@link AuditChain} seals what was written.
 */
@ApplicationScoped
public class AuditLog {

  /** An allowed access, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowed(AuditRecord record) {
    insert(record, AuditRecord.Outcome.ALLOWED);
  }

  /** A refused access: its own transaction, so it stays on record when the request fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(AuditRecord record) {
    insert(record, AuditRecord.Outcome.DENIED);
  }

  private static void insert(AuditRecord r, AuditRecord.Outcome outcome) {
    AuditEntry entry = new AuditEntry();
    entry.id = UUID.randomUUID();
    entry.occurredAt = Instant.now();
    entry.actorId = r.actorId();
    entry.actorRole = r.actorRole();
    entry.clientId = r.clientId();
    entry.action = r.action().name();
    entry.resource = r.resource();
    entry.resourceId = r.resourceId();
    entry.purpose = r.purpose();
    entry.outcome = outcome.name();
    entry.breakGlass = r.breakGlass();
    entry.correlationId = CorrelationId.current();
    entry.persist();
  }
}
