package org.kapcare.notifications.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;

/** One message to one person on one channel, with its attempts. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Enumerated(EnumType.STRING)
  public MessageKind kind;

  @Column(name = "recipient_id")
  public UUID recipientId;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "appointment_id")
  public String appointmentId;

  @Column(name = "alert_id")
  public UUID alertId;

  /** Sent at once ({@link MessageKind#immediate()}): never held, claimed by the urgent lane. */
  public boolean urgent;

  /** What the templates need (dates, the clinic, clinical facts for the in-app text only). */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> model = new HashMap<>();

  @Enumerated(EnumType.STRING)
  public DeliveryStatus status;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  public int attempts;

  @Column(name = "provider_message_id")
  public String providerMessageId;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
