package org.kapcare.records.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. Append-only: the table refuses updates and deletes. */
@Entity
@Table(name = "audit_entry")
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
}
