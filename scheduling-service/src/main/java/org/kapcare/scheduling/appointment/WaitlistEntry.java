package org.kapcare.scheduling.appointment;

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

/** A client waiting for a type of session at a site, optionally with one provider. */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends PanacheEntityBase {

  /** Where the entry stands. */
  public enum Status {
    WAITING,
    OFFERED,
    BOOKED,
    EXPIRED,
    WITHDRAWN
  }

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "type_code")
  public String typeCode;

  @Column(name = "location_id")
  public UUID locationId;

  @Column(name = "provider_id")
  public UUID providerId;

  /** For an integration: the dosing session it follows. */
  @Column(name = "follows_id")
  public UUID followsId;

  /** Served before the others (an integration that could not be booked). */
  public boolean priority;

  @Enumerated(EnumType.STRING)
  public Status status;

  /** The TENTATIVE appointment that holds the offered slot. */
  @Column(name = "offer_appointment_id")
  public UUID offerAppointmentId;

  @Column(name = "offer_expires_at")
  public Instant offerExpiresAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
