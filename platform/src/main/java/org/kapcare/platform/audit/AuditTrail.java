package org.kapcare.platform.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;

/** Reading the audit trail (admins), newest first, keyset-paged. */
@ApplicationScoped
@Transactional
public class AuditTrail {

  /** Filters; every one optional. */
  public record Query(
      UUID clientId, String actorId, AuditRecord.Outcome outcome, Instant from, Instant to) {}

  /** An audit entry as admins read it. */
  public record Entry(
      @Schema(example = "0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d") UUID id,
      @Schema(example = "2026-11-27T16:05:12.345Z") Instant occurredAt,
      @Schema(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") String actorId,
      @Schema(example = "therapist") String actorRole,
      @Schema(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01") UUID clientId,
      @Schema(example = "READ") String action,
      @Schema(example = "appointment") String resource,
      @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID resourceId,
      @Schema(description = "HL7 v3 PurposeOfUse", example = "TREAT") String purpose,
      @Schema(example = "ALLOWED") String outcome,
      @Schema(example = "false") boolean breakGlass,
      @Schema(example = "c0276a64-dd75-4e3d-a941-6b08b26b4506") String correlationId,
      @Schema(description = "Position in the hash chain; null until sealed", example = "1042")
          Long chainSeq) {

    static Entry of(AuditEntry e) {
      return new Entry(
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
          e.correlationId,
          e.chainSeq);
    }
  }

  public Page<Entry> query(Query q, Cursor after, int limit) {
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
    String order = " ORDER BY occurredAt DESC, id DESC";
    String query =
        where.isEmpty() ? "FROM AuditEntry" + order : String.join(" AND ", where) + order;
    List<AuditEntry> rows = AuditEntry.<AuditEntry>find(query, params).page(0, limit + 1).list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      AuditEntry last = rows.get(limit - 1);
      next = new Cursor(last.occurredAt, last.id).encode();
    }
    return new Page<>(rows.stream().map(Entry::of).toList(), next);
  }
}
