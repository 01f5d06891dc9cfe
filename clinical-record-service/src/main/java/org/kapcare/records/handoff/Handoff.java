package org.kapcare.records.handoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kapcare.contracts.clinical.CareNoteShared.Priority;

/**
 * A care-team handoff: a note addressed to people or roles that needs acknowledgment. The
 * acknowledgment comes back from notification-service ({@code NotificationAcknowledged}).
 */
@Entity
@Table(name = "handoff")
public class Handoff extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "author_id")
  public UUID authorId;

  public String body;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "recipient_ids")
  public List<UUID> recipientIds;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "recipient_roles")
  public List<String> recipientRoles;

  @Enumerated(EnumType.STRING)
  public Priority priority;

  @Column(name = "shared_at")
  public Instant sharedAt;

  /** The id of the CareNoteShared event; acknowledgments name it as their source. */
  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "acknowledged_by")
  public UUID acknowledgedBy;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;
}
