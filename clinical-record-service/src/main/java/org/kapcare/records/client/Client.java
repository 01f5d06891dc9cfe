package org.kapcare.records.client;

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

/** A client's enrollment and demographics: the root of the chart. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

  /** The person's Keycloak user id. */
  @Id public UUID id;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  @Column(name = "preferred_name")
  public String preferredName;

  @Column(name = "date_of_birth")
  public LocalDate dateOfBirth;

  public String pronouns;
  public String email;
  public String phone;

  @Column(name = "time_zone")
  public String timeZone;

  public String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_source")
  public ReferralSource referralSource;

  @Column(name = "referring_partner")
  public String referringPartner;

  @Column(name = "emergency_contact_name")
  public String emergencyContactName;

  @Column(name = "emergency_contact_phone")
  public String emergencyContactPhone;

  @Column(name = "sms_opt_in")
  public boolean smsOptIn;

  @Column(name = "enrolled_at")
  public Instant enrolledAt;

  @Column(name = "enrolled_by")
  public UUID enrolledBy;

  @Version public long version;

  /** The name to address the client by in messages. */
  public String addressName() {
    return preferredName != null ? preferredName : givenName;
  }
}
