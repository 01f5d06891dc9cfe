package org.kapcare.notifications.recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person messages can reach: a client or a staff member. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

  /** Client or staff. */
  @Schema(name = "RecipientKind")
  public enum Kind {
    CLIENT,
    STAFF
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Column(name = "display_name")
  public String displayName;

  public String email;
  public String phone;

  @Column(name = "sms_opt_in")
  public boolean smsOptIn;

  @Column(name = "email_enabled")
  public boolean emailEnabled = true;

  @Column(name = "sms_enabled")
  public boolean smsEnabled = true;

  @Column(name = "in_app_enabled")
  public boolean inAppEnabled = true;

  @Column(name = "time_zone")
  public String timeZone;

  public String language;

  @Column(name = "quiet_hours_start")
  public LocalTime quietHoursStart;

  @Column(name = "quiet_hours_end")
  public LocalTime quietHoursEnd;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> roles = new ArrayList<>();

  @Column(name = "updated_at")
  public Instant updatedAt;

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether {@code at} falls in this person's quiet hours, read in their own time zone. */
  public boolean inQuietHours(Instant at) {
    if (quietHoursStart == null || quietHoursEnd == null || quietHoursStart.equals(quietHoursEnd)) {
      return false;
    }
    LocalTime local = at.atZone(zone()).toLocalTime();
    return quietHoursStart.isBefore(quietHoursEnd)
        ? !local.isBefore(quietHoursStart) && local.isBefore(quietHoursEnd)
        : !local.isBefore(quietHoursStart) || local.isBefore(quietHoursEnd);
  }

  /** The first instant after {@code at} when quiet hours are over. */
  public Instant quietHoursEndAfter(Instant at) {
    ZonedDateTime local = at.atZone(zone());
    ZonedDateTime end = local.with(quietHoursEnd);
    return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
  }

  public ZoneId zone() {
    return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
  }

  /** Counts changes: a redelivered event that was applied twice would show here. */
  @Version public long version;
}
