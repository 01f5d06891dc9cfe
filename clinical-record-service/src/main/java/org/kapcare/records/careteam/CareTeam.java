package org.kapcare.records.careteam;

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

/** The people treating a client, as the team stands now. Ids are Keycloak user ids. */
@Entity
@Table(name = "care_team")
public class CareTeam extends PanacheEntityBase {

  @Id
  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "therapist_id")
  public UUID therapistId;

  @Column(name = "prescriber_id")
  public UUID prescriberId;

  @Column(name = "chaplain_id")
  public UUID chaplainId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "nurse_ids")
  public List<UUID> nurseIds = new ArrayList<>();

  @Column(name = "primary_clinician_id")
  public UUID primaryClinicianId;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  @Column(name = "assigned_by")
  public UUID assignedBy;

  @Version public long version;
}
