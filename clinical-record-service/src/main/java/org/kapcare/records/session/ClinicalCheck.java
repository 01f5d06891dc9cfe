package org.kapcare.records.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dissociation or sedation check, or an adverse event, during a dosing session. */
@Entity
@Table(name = "clinical_check")
public class ClinicalCheck extends PanacheEntityBase {

  /** What was observed. */
  @Schema(name = "CheckKind")
  public enum Kind {
    /** Dissociation, 0 (none) – 4 (extreme), CADSS-style global rating. */
    DISSOCIATION,
    /** Sedation on MOAA/S, 5 (responds readily) – 0 (no response). */
    SEDATION,
    ADVERSE_EVENT
  }

  /** Adverse event severity. */
  public enum Severity {
    MILD,
    MODERATE,
    SEVERE
  }

  @Id public UUID id;

  @Column(name = "session_id")
  public UUID sessionId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public Integer score;

  @Enumerated(EnumType.STRING)
  public Severity severity;

  public String description;

  @Column(name = "observed_at")
  public Instant observedAt;

  @Column(name = "recorded_by")
  public UUID recordedBy;
}
