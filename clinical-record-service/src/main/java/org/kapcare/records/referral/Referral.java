package org.kapcare.records.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.kapcare.contracts.clinical.ReferralReceived.Urgency;

/**
 * A person referred to the clinic by a partner clinic ({@code partnerId}, from its token) or by
 * phone to a coordinator ({@code receivedBy}), and what the clinic decided.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

  @Id public UUID id;

  /** The referring partner clinic's OAuth client id; null for a referral taken by phone. */
  @Column(name = "partner_id")
  public String partnerId;

  /** The coordinator or admin who took a referral by phone; null for a partner's. */
  @Column(name = "received_by")
  public UUID receivedBy;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  @Column(name = "date_of_birth")
  public LocalDate dateOfBirth;

  public String email;
  public String phone;

  @Column(name = "time_zone")
  public String timeZone;

  @Column(name = "clinician_name")
  public String clinicianName;

  @Column(name = "clinician_contact")
  public String clinicianContact;

  public String reason;

  @Enumerated(EnumType.STRING)
  public Urgency urgency;

  @Enumerated(EnumType.STRING)
  public ReferralStatus status;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public UUID decidedBy;

  @Column(name = "decline_reason")
  public String declineReason;

  /** The client enrolled from this referral, once accepted. */
  @Column(name = "client_id")
  public UUID clientId;

  @Version public long version;

  /** Whether {@code partner} submitted it. */
  public boolean submittedBy(String partner) {
    return partnerId != null && partnerId.equals(partner);
  }
}
