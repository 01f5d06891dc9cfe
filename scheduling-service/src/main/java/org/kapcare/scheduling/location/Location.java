package org.kapcare.scheduling.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.UUID;

/** A clinic site; its time zone is the one working hours and appointments are read in. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

  @Id public UUID id;
  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  public String phone;

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
