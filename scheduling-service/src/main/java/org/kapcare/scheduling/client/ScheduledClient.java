package org.kapcare.scheduling.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

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

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
