package org.kapcare.records.access;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/** Reading the audit log (admins). */
@ApplicationScoped
@Transactional
public class AuditTrail {

  private final AuditLog log;
  private final Caller caller;

  AuditTrail(AuditLog log, Caller caller) {
    this.log = log;
    this.caller = caller;
  }

  /** Allowed or refused. */
  public enum Outcome {
    ALLOWED,
    DENIED
  }

  /** Filters; every one optional. */
  public record Query(UUID clientId, String actorId, Outcome outcome, Instant from, Instant to) {}

  /** An audit entry as admins read it. */
  public record Entry(
      UUID id,
      Instant occurredAt,
      String actorId,
      String actorRole,
      UUID clientId,
      String action,
      String resource,
      UUID resourceId,
      String purpose,
      String outcome,
      boolean breakGlass,
      String correlationId) {}

  public Page<Entry> query(Query q, Cursor after, int limit) {
    log.operational(caller.id(), Roles.ADMIN, "READ", "audit-log");
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (q.clientId() != null) {
      where.add("clientId = :client");
      params.and("client", q.clientId());
    }
    if (q.actorId() != null) {
      where.add("actorId = :actor");
      params.and("actor", q.actorId());
    }
    if (q.outcome() != null) {
      where.add("outcome = :outcome");
      params.and("outcome", q.outcome().name());
    }
    if (q.from() != null) {
      where.add("occurredAt >= :from");
      params.and("from", q.from());
    }
    if (q.to() != null) {
      where.add("occurredAt < :to");
      params.and("to", q.to());
    }
    if (after != null) {
      where.add("(occurredAt < :at OR (occurredAt = :at AND id < :id))");
      params.and("at", after.at()).and("id", after.id());
    }
    String jpql =
        (where.isEmpty() ? "" : String.join(" AND ", where)) + " ORDER BY occurredAt DESC, id DESC";
    List<AuditEntry> rows =
        AuditEntry.<AuditEntry>find(where.isEmpty() ? "FROM AuditEntry" + jpql : jpql, params)
            .page(0, limit + 1)
            .list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      AuditEntry last = rows.get(limit - 1);
      next = new Cursor(last.occurredAt, last.id).encode();
    }
    return new Page<>(
        rows.stream()
            .map(
                e ->
                    new Entry(
                        e.id,
                        e.occurredAt,
                        e.actorId,
                        e.actorRole,
                        e.clientId,
                        e.action,
                        e.resource,
                        e.resourceId,
                        e.purpose,
                        e.outcome,
                        e.breakGlass,
                        e.correlationId))
            .toList(),
        next);
  }
}
