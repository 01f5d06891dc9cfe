package org.kapcare.scheduling.appointment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A booked session: a client, the providers and room booked with them, and its lifecycle. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "type_code")
  public String typeCode;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "location_id")
  public UUID locationId;

  @Column(name = "room_id")
  public UUID roomId;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  @Enumerated(EnumType.STRING)
  public AppointmentStatus status;

  /** For an integration session: the dosing session it follows. */
  @Column(name = "follows_id")
  public UUID followsId;

  /** The treatment plan whose course this session belongs to, if it was planned as one. */
  @Column(name = "course_id")
  public UUID courseId;

  @Column(name = "late_cancel")
  public boolean lateCancel;

  /** A {@link CancellationReason} code: what the clients of the session are told. */
  @Column(name = "cancel_reason")
  public String cancelReason;

  /** Free text about the cancellation, for staff only; never sent to anyone. */
  @Column(name = "cancel_note")
  public String cancelNote;

  @Column(name = "booked_by")
  public UUID bookedBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "appointment_provider",
      joinColumns = @JoinColumn(name = "appointment_id"))
  @Column(name = "provider_id")
  public Set<UUID> providerIds = new HashSet<>();

  /** The other clients of a group session (the first client booked it). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "appointment_client", joinColumns = @JoinColumn(name = "appointment_id"))
  @Column(name = "client_id")
  public Set<UUID> joinedClientIds = new HashSet<>();

  @Version public long version;

  /** Whether the session's type takes several clients (only staff change such a session). */
  public boolean isGroup() {
    AppointmentType type = AppointmentType.findById(typeCode);
    return type != null && type.maxClients > 1;
  }

  /** Every client of the session, the one who booked it first. */
  public java.util.List<UUID> clientIds() {
    java.util.List<UUID> all = new java.util.ArrayList<>();
    all.add(clientId);
    joinedClientIds.stream().sorted().forEach(all::add);
    return all;
  }
}
