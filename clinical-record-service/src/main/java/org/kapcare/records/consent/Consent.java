package org.kapcare.records.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A consent as signed; withdrawing it stamps {@code withdrawnAt} and takes effect at once, as does
 * reaching {@code expiresAt}.
 */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Enumerated(EnumType.STRING)
  public ConsentKind kind;

  @Column(name = "document_version")
  public String documentVersion;

  @Column(name = "partner_id")
  public String partnerId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> scope;

  @Column(name = "signed_at")
  public Instant signedAt;

  @Column(name = "recorded_by")
  public UUID recordedBy;

  @Column(name = "recorded_by_client")
  public boolean recordedByClient;

  @Enumerated(EnumType.STRING)
  @Column(name = "evidence_method")
  public ConsentEvidence.Method evidenceMethod;

  @Column(name = "evidence_document")
  public String evidenceDocument;

  @Column(name = "evidence_witness")
  public String evidenceWitness;

  /** When the consent stops applying by itself (partner sharing); null for no expiry. */
  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  public UUID withdrawnBy;

  @Version public long version;

  public boolean active() {
    return withdrawnAt == null && !expired();
  }

  public boolean expired() {
    return expiresAt != null && !expiresAt.isAfter(Instant.now());
  }

  /** The client's active consent of this kind, or null. */
  public static Consent active(UUID clientId, ConsentKind kind) {
    return Consent.<Consent>find(
            "clientId = ?1 AND kind = ?2 AND withdrawnAt IS NULL"
                + " AND (expiresAt IS NULL OR expiresAt > ?3)",
            clientId,
            kind,
            Instant.now())
        .firstResult();
  }
}
