package org.kapcare.notifications.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.notifications.message.MessageKind;

/**
 * An urgent alert: acknowledged by any one of its recipients, or escalated when {@code escalateAt}
 * passes first.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Enumerated(EnumType.STRING)
  public MessageKind kind;

  @Column(name = "client_id")
  public UUID clientId;

  public int level;
  public boolean escalates;

  @Column(name = "escalate_at")
  public Instant escalateAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  public UUID acknowledgedBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
