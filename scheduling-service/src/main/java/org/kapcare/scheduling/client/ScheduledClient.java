package org.kapcare.scheduling.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What scheduling knows of a client (projected from clinical events). */
@Entity
@Table(name = "client")
public class ScheduledClient extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "time_zone")
  public String timeZone;

  @Column(name = "therapist_id")
  public UUID therapistId;

  @Column(name = "prescriber_id")
  public UUID prescriberId;

  /**
   * Everyone on the care team (therapist, prescriber, primary clinician, nurses, chaplain): the
   * providers a client, or a clinician, may put on the client's appointments.
   */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "care_team")
  public List<UUID> careTeam = new ArrayList<>();

  /** APPROVED, DECLINED or NEEDS_INFORMATION, from EligibilityDecided. */
  public String eligibility;

  @Column(name = "eligibility_expires_at")
  public Instant eligibilityExpiresAt;

  /** The treatment plan of the current course (TreatmentPlanApproved). */
  @Column(name = "current_plan_id")
  public UUID currentPlanId;

  /** The plan whose preparation session was signed (PreparationCompleted). */
  @Column(name = "prepared_plan_id")
  public UUID preparedPlanId;

  /** The local times of day the client prefers to come, at the clinic; both or neither. */
  @Column(name = "preferred_start")
  public java.time.LocalTime preferredStart;

  @Column(name = "preferred_end")
  public java.time.LocalTime preferredEnd;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
