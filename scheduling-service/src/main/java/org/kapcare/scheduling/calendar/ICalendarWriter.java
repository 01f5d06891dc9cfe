package org.kapcare.scheduling.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75 octets, TEXT values escaped,
 * each event's local times with its site's TZID, and one VTIMEZONE per zone used, built from the
 * zone's current transition rules.
 *
 * <p>No {@code METHOD}: a subscribed feed is a snapshot, not a scheduling message. RFC 5545 §3.7.2:
 * without METHOD "the iCalendar object is merely being used to transport a snapshot of some
 * calendar information; without the intention of conveying a scheduling semantic". {@code
 * METHOD:PUBLISH} would make it an iTIP message, and RFC 5546 §3.2.1 then requires an ORGANIZER in
 * every VEVENT; RFC 5545 §3.8.4.3 asks for ORGANIZER only in group-scheduled components (with
 * ATTENDEEs), which these are not. So the feed names no organizer and no address.
 */
final class ICalendarWriter {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** One event of a feed; {@code zone} is its site's, the one its times are written in. */
  record Event(
      String uid,
      Instant start,
      Instant end,
      ZoneId zone,
      String summary,
      String location,
      boolean cancelled,
      long sequence) {}

  private final StringBuilder out = new StringBuilder();

  static String calendar(String name, List<Event> events) {
    ICalendarWriter w = new ICalendarWriter();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//KAP Care//Scheduling//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("X-WR-CALNAME:" + text(name));
    List<ZoneId> zones = events.stream().map(Event::zone).distinct().toList();
    // RFC 5545 §3.6: a calendar holds at least one component, an empty feed too.
    (zones.isEmpty() ? List.of(ZoneId.of("UTC")) : zones).forEach(w::timezone);
    String stamp = UTC.format(Instant.now());
    for (Event e : events) {
      w.line("BEGIN:VEVENT");
      w.line("UID:" + e.uid());
      w.line("DTSTAMP:" + stamp);
      w.line(
          "DTSTART;TZID="
              + e.zone().getId()
              + ":"
              + LOCAL.format(LocalDateTime.ofInstant(e.start(), e.zone())));
      w.line(
          "DTEND;TZID="
              + e.zone().getId()
              + ":"
              + LOCAL.format(LocalDateTime.ofInstant(e.end(), e.zone())));
      w.line("SEQUENCE:" + e.sequence());
      w.line("SUMMARY:" + text(e.summary()));
      if (e.location() != null) {
        w.line("LOCATION:" + text(e.location()));
      }
      w.line("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
      w.line("END:VEVENT");
    }
    w.line("END:VCALENDAR");
    return w.out.toString();
  }

  /** VTIMEZONE: yearly rules where the zone has them, otherwise its fixed offset. */
  private void timezone(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
    if (transitions.isEmpty()) {
      ZoneOffset offset = rules.getOffset(Instant.now());
      observance("STANDARD", "19700101T000000", offset, offset, null);
    } else {
      for (ZoneOffsetTransitionRule t : transitions) {
        boolean daylight =
            t.getOffsetAfter().getTotalSeconds() > t.getStandardOffset().getTotalSeconds();
        LocalDateTime first = t.createTransition(1970).getDateTimeBefore();
        observance(
            daylight ? "DAYLIGHT" : "STANDARD",
            LOCAL.format(first),
            t.getOffsetBefore(),
            t.getOffsetAfter(),
            rrule(t));
      }
    }
    line("END:VTIMEZONE");
  }

  private void observance(String kind, String start, ZoneOffset from, ZoneOffset to, String rrule) {
    line("BEGIN:" + kind);
    line("DTSTART:" + start);
    line("TZOFFSETFROM:" + offset(from));
    line("TZOFFSETTO:" + offset(to));
    if (rrule != null) {
      line("RRULE:" + rrule);
    }
    line("END:" + kind);
  }

  private static String rrule(ZoneOffsetTransitionRule t) {
    String month = "BYMONTH=" + t.getMonth().getValue();
    if (t.getDayOfWeek() == null) {
      return "FREQ=YEARLY;" + month + ";BYMONTHDAY=" + t.getDayOfMonthIndicator();
    }
    String day = t.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT);
    int indicator = t.getDayOfMonthIndicator();
    // Java says "second Sunday" as "Sunday on or after the 8th" and "last Sunday" as "on or after
    // the 25th" (of a 31-day month) or with a negative day counted from the month's end.
    String ordinal;
    if (indicator < 0) {
      ordinal = Integer.toString(-((-indicator + 6) / 7));
    } else if (indicator == t.getMonth().maxLength() - 6) {
      ordinal = "-1";
    } else {
      ordinal = Integer.toString((indicator + 6) / 7);
    }
    return "FREQ=YEARLY;" + month + ";BYDAY=" + ordinal + day;
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    char sign = seconds < 0 ? '-' : '+';
    seconds = Math.abs(seconds);
    return String.format("%c%02d%02d", sign, seconds / 3600, (seconds / 60) % 60);
  }

  private static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n");
  }

  /** Appends one content line, folded so that no line exceeds 75 octets. */
  private void line(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    int limit = 75;
    int start = 0;
    while (bytes.length - start > limit) {
      int end = start + limit;
      while ((bytes[end] & 0xC0) == 0x80) {
        end--; // never split a UTF-8 sequence
      }
      out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
      start = end;
      limit = 74;
    }
    out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
        .append("\r\n");
  }
}
