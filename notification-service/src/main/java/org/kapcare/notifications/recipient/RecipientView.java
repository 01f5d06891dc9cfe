package org.kapcare.notifications.recipient;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** How a recipient can be reached. */
public record RecipientView(
    UUID id,
    Recipient.Kind kind,
    String displayName,
    String email,
    String phone,
    boolean smsOptIn,
    boolean emailEnabled,
    boolean smsEnabled,
    boolean inAppEnabled,
    String timeZone,
    String language,
    LocalTime quietHoursStart,
    LocalTime quietHoursEnd,
    List<String> roles,
    long version) {

  static RecipientView of(Recipient r) {
    return new RecipientView(
        r.id,
        r.kind,
        r.displayName,
        r.email,
        r.phone,
        r.smsOptIn,
        r.emailEnabled,
        r.smsEnabled,
        r.inAppEnabled,
        r.timeZone,
        r.language,
        r.quietHoursStart,
        r.quietHoursEnd,
        List.copyOf(r.roles),
        r.version);
  }
}
