package org.kapcare.notifications.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When an appointment is, as a message says it: the date and time where it happens, with that
 * zone's abbreviation and name, and the reader's own clock beside it when theirs reads otherwise
 * ("9:10 AM MST (America/Denver), 11:10 AM EST your time"; a comma, not a dash, so an SMS stays in
 * the GSM-7 alphabet). A client comes at the site's hour; the second clock only helps them
 * translate.
 */
record AppointmentTime(String date, String time) {

  /**
   * {@code place} is the appointment's zone (null when the event did not say: then the reader's
   * clock alone, with its abbreviation); {@code reader} the recipient's.
   */
  static AppointmentTime of(Instant startsAt, ZoneId place, ZoneId reader, Locale locale) {
    if (place == null) {
      ZonedDateTime here = startsAt.atZone(reader);
      return new AppointmentTime(date(here, locale), clock(here, locale));
    }
    ZonedDateTime there = startsAt.atZone(place);
    StringBuilder time =
        new StringBuilder(clock(there, locale)).append(" (").append(place.getId()).append(')');
    ZonedDateTime here = startsAt.atZone(reader);
    // Zones that read the same at that instant (Denver and Phoenix in winter) need no second clock.
    if (!here.getOffset().equals(there.getOffset())) {
      time.append(", ");
      if (!here.toLocalDate().equals(there.toLocalDate())) {
        time.append(date(here, locale)).append(", ");
      }
      time.append(clock(here, locale)).append(" your time");
    }
    return new AppointmentTime(date(there, locale), time.toString());
  }

  /** A calendar date as messages print it ("Tue, Jan 12, 2027"). */
  static String date(ZonedDateTime at, Locale locale) {
    return at.format(DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", locale));
  }

  /** "9:10 AM MST": the short local time and the zone's abbreviation at that instant. */
  private static String clock(ZonedDateTime at, Locale locale) {
    String time =
        at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale))
            + " "
            + at.format(DateTimeFormatter.ofPattern("zzz", locale));
    // JDK 20+ (CLDR 42) puts a narrow no-break space before AM/PM; SMS alphabets have none.
    return time.replace('\u202f', ' ');
  }
}
