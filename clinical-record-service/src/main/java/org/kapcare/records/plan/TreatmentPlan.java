package org.kapcare.records.plan;

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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kapcare.contracts.clinical.Route;

/** A signed treatment plan: route, dose, the course, the goals. One is active per client. */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends PanacheEntityBase {

  /** Active until a new plan supersedes it. */
  public enum Status {
    ACTIVE,
    SUPERSEDED
  }

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "evaluation_id")
  public UUID evaluationId;

  @Enumerated(EnumType.STRING)
  public Route route;

  @Column(name = "dose_mg")
  public BigDecimal doseMg;

  @Column(name = "dose_mg_per_kg")
  public BigDecimal doseMgPerKg;

  @Column(name = "weight_kg")
  public BigDecimal weightKg;

  @Column(name = "dosing_sessions")
  public int dosingSessions;

  @Column(name = "course_weeks")
  public int courseWeeks;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Goal> goals;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "prescriber_id")
  public UUID prescriberId;

  @Column(name = "signed_at")
  public Instant signedAt;

  @Version public long version;

  /** The client's active plan, or null. */
  public static TreatmentPlan active(UUID clientId) {
    return TreatmentPlan.<TreatmentPlan>find(
            "clientId = ?1 AND status = ?2", clientId, Status.ACTIVE)
        .firstResult();
  }
}
