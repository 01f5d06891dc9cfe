package org.kapcare.records.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.clinical.Route;

/** A dose given: route, mg, lot number, start and end. */
@Entity
@Table(name = "dose_administration")
public class DoseAdministration extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "session_id")
  public UUID sessionId;

  @Enumerated(EnumType.STRING)
  public Route route;

  @Column(name = "dose_mg")
  public BigDecimal doseMg;

  @Column(name = "lot_number")
  public String lotNumber;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  @Column(name = "recorded_by")
  public UUID recordedBy;
}
