package org.kapcare.notifications.duty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The site where a client was last booked or checked in. */
@Entity
@Table(name = "client_location")
public class ClientLocation extends PanacheEntityBase {

  @Id
  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "location_id")
  public String locationId;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
