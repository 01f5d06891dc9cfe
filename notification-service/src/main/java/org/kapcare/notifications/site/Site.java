package org.kapcare.notifications.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A clinic site: where an appointment is, and whom a client calls about it. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

  @Id
  @Column(name = "location_id")
  public UUID locationId;

  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  public String phone;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
