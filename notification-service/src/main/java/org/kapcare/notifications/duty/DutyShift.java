package org.kapcare.notifications.duty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A prescriber on duty at a location during [startsAt, endsAt). */
@Entity
@Table(name = "duty_shift")
public class DutyShift extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "location_id")
  public String locationId;

  @Column(name = "prescriber_id")
  public UUID prescriberId;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;
}
