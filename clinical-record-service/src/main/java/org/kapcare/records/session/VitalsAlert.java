package org.kapcare.records.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A reading that crossed a threshold; each one was announced as {@code VitalsAlertRaised}. */
@Entity
@Table(name = "vitals_alert")
public class VitalsAlert extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "session_id")
  public UUID sessionId;

  @Column(name = "reading_id")
  public UUID readingId;

  public String parameter;
  public BigDecimal value;
  public String threshold;

  @Column(name = "raised_at")
  public Instant raisedAt;
}
