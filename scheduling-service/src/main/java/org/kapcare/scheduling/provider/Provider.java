package org.kapcare.scheduling.provider;

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

/** A staff member who can be booked: therapist, prescriber, nurse or chaplain. */
@Entity
@Table(name = "provider")
public class Provider extends PanacheEntityBase {

  /** The person's Keycloak user id. */
  @Id public UUID id;

  @Column(name = "display_name")
  public String displayName;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> roles = new ArrayList<>();

  public String email;
  public String phone;

  @Column(name = "time_zone")
  public String timeZone;

  @Column(name = "registered_at")
  public Instant registeredAt;

  @Version public long version;
}
