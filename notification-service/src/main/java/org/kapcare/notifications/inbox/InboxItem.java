package org.kapcare.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.notifications.message.MessageKind;

/** A message in a person's authenticated in-app inbox. */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "delivery_id")
  public UUID deliveryId;

  @Column(name = "recipient_id")
  public UUID recipientId;

  @Enumerated(EnumType.STRING)
  public MessageKind kind;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "alert_id")
  public UUID alertId;

  public boolean urgent;
  public String title;
  public String body;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Version public long version;
}
