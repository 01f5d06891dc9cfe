package org.kapcare.records.assessment;

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

/** A completed questionnaire with its score. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Enumerated(EnumType.STRING)
  public Instrument instrument;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<Short> answers;

  public int total;
  public String severity;

  @Column(name = "suicide_risk")
  public boolean suicideRisk;

  @Column(name = "positive_screen")
  public boolean positiveScreen;

  @Column(name = "administered_at")
  public Instant administeredAt;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "submitted_by")
  public UUID submittedBy;

  @Column(name = "submitter_role")
  public String submitterRole;

  /** Why staff dated it before the policy's window (null when dated within it). */
  @Column(name = "backdated_reason")
  public String backdatedReason;
}
