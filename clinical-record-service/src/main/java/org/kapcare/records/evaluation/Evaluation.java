package org.kapcare.records.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kapcare.contracts.clinical.EligibilityDecided.Decision;

/** A prescriber's evaluation: screening, vitals, medications, and the eligibility decision. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "prescriber_id")
  public UUID prescriberId;

  @Column(name = "evaluated_at")
  public Instant evaluatedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<Contraindication, Boolean> screening;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "positive_items")
  public List<String> positiveItems;

  public int systolic;
  public int diastolic;

  @Column(name = "heart_rate")
  public int heartRate;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<EvaluationRequest.Medication> medications;

  @Column(name = "prior_treatments")
  public String priorTreatments;

  @Enumerated(EnumType.STRING)
  public Decision decision;

  @Column(name = "decision_note")
  public String decisionNote;

  @Column(name = "override_reason")
  public String overrideReason;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Version public long version;

  /** Whether this evaluation makes the client eligible for dosing at {@code instant}. */
  public boolean approvedAt(Instant instant) {
    return decision == Decision.APPROVED && expiresAt != null && expiresAt.isAfter(instant);
  }

  /** The client's latest decided evaluation, or null. */
  public static Evaluation latestDecision(UUID clientId) {
    return Evaluation.<Evaluation>find(
            "clientId = ?1 AND decidedAt IS NOT NULL ORDER BY decidedAt DESC", clientId)
        .firstResult();
  }
}
