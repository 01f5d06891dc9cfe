package org.kapcare.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. Append-only: the table refuses updates and deletes, except the
 * sealer's one-time setting of {@code chainSeq} and {@code hash}.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(name = "actor_id")
  public String actorId;

  @Column(name = "actor_role")
  public String actorRole;

  @Column(name = "client_id")
  public UUID clientId;

  public String action;
  public String resource;

  @Column(name = "resource_id")
  public UUID resourceId;

  public String purpose;
  public String outcome;

  @Column(name = "break_glass")
  public boolean breakGlass;

  @Column(name = "correlation_id")
  public String correlationId;

  /** Position in the hash chain; null until sealed. */
  @Column(name = "chain_seq", insertable = false, updatable = false)
  public Long chainSeq;

  /** SHA-256 (hex) of the previous entry's hash and this entry; null until sealed. */
  @Column(name = "hash", insertable = false, updatable = false)
  public String hash;
}
