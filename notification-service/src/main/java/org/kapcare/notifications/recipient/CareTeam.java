package org.kapcare.notifications.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client's care team as clinical-record-service last assigned it. */
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

  @Column(name = "primary_clinician_id")
  public UUID primaryClinicianId;

  @Column(name = "nurse_ids")
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<UUID> nurseIds = new ArrayList<>();

  @Column(name = "chaplain_id")
  public UUID chaplainId;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  /** Everyone on the team, primary clinician first. */
  public Set<UUID> members() {
    Set<UUID> members = new LinkedHashSet<>();
    addIfPresent(members, primaryClinicianId);
    addIfPresent(members, therapistId);
    addIfPresent(members, prescriberId);
    nurseIds.forEach(members::add);
    addIfPresent(members, chaplainId);
    return members;
  }

  /** Whether this person is on the team. */
  public boolean includes(UUID personId) {
    return members().contains(personId);
  }

  private static void addIfPresent(Set<UUID> set, UUID id) {
    if (id != null) {
      set.add(id);
    }
  }
}
