package org.kapcare.records.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One set of vital signs measured during a dosing session; absent values were not measured. */
@Entity
@Table(name = "vital_reading")
public class VitalReading extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "session_id")
  public UUID sessionId;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "measured_at")
  public Instant measuredAt;

  public Integer systolic;
  public Integer diastolic;

  @Column(name = "heart_rate")
  public Integer heartRate;

  public Integer spo2;

  @Column(name = "respiratory_rate")
  public Integer respiratoryRate;

  @Column(name = "recorded_by")
  public UUID recordedBy;
}
