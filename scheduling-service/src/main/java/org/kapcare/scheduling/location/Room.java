package org.kapcare.scheduling.location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bookable treatment room or chair and its equipment. */
@Entity
@Table(name = "room")
public class Room extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "location_id")
  public UUID locationId;

  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> equipment = new ArrayList<>();

  public boolean active = true;
}
