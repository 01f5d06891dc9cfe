package org.kapcare.scheduling.appointment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What can be booked: who and what is booked together, and for how long. Data, not code. */
@Entity
@Table(name = "appointment_type")
public class AppointmentType extends PanacheEntityBase {

  @Id public String code;
  public String name;

  /** Total time, e.g. administration plus monitoring for dosing. */
  public int minutes;

  /** Realm roles that must all be covered by the booked providers. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "provider_roles")
  public List<String> providerRoles;

  /** Equipment the room must have; null when no room is booked. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "room_equipment")
  public List<String> roomEquipment;

  public boolean dosing;
  public boolean integration;

  @Column(name = "client_self_booking")
  public boolean clientSelfBooking;

  /** How many clients one session takes: 1, or more for a group session. */
  @Column(name = "max_clients")
  public int maxClients = 1;

  @Version public long version;

  public boolean needsRoom() {
    return roomEquipment != null;
  }
}
