package org.kapcare.scheduling.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The feed is a plain RFC 5545 snapshot (no METHOD, so RFC 5546's PUBLISH rules such as ORGANIZER
 * do not apply), each event written in its own site's zone with that zone's VTIMEZONE.
 */
class ICalendarWriterTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  @Test
  void feedIsASnapshotWithoutMethodSoNoEventNeedsAnOrganizer() {
    String ics = twoSites();
    assertFalse(ics.contains("\r\nMETHOD:"), ics);
    assertFalse(ics.contains("ORGANIZER"), "no organizer, no address: " + ics);
    // RFC 5545 §3.6.1: UID and DTSTAMP once in every VEVENT, DTSTART once (no METHOD).
    List<List<String>> events = events(ics);
    assertEquals(3, events.size(), ics);
    for (List<String> event : events) {
      for (String required : List.of("UID:", "DTSTAMP:", "DTSTART;")) {
        assertEquals(1, event.stream().filter(l -> l.startsWith(required)).count(), required);
      }
    }
  }

  @Test
  void eachEventIsWrittenInItsSitesZoneWithThatZonesTimezone() {
    String ics = twoSites();
    assertTrue(ics.contains("DTSTART;TZID=America/Denver:20270112T091000\r\n"), ics);
    assertTrue(ics.contains("DTSTART;TZID=America/Los_Angeles:20270112T091000\r\n"), ics);
    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Denver\r\n"), ics);
    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"), ics);
    assertEquals(2, ics.split("BEGIN:VTIMEZONE", -1).length - 1, "one VTIMEZONE per zone");
  }

  @Test
  void emptyFeedStillHoldsAComponent() {
    // RFC 5545 §3.6: icalbody = calprops component, at least one.
    String ics = ICalendarWriter.calendar("KAP Care", List.of());
    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n"), ics);
  }

  @Test
  void strictValidatorAcceptsTheFeedAndRefusesPublishWithoutOrganizer() {
    String ics = twoSites();
    ValidationResult result = strictly(ics);
    assertFalse(result.hasErrors(), result.toString());
    // What strict validators refused before: the same feed declaring METHOD:PUBLISH.
    ValidationResult publish =
        strictly(ics.replace("CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
    assertTrue(publish.hasErrors(), "the validator is strict: " + publish);
    assertTrue(publish.toString().contains("ORGANIZER"), publish.toString());
  }

  /** ical4j's parser (strict parsing) and its RFC 5545 validation, components included. */
  static ValidationResult strictly(String ics) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      return calendar.validate(true);
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j cannot parse the feed: " + e.getMessage() + "\n" + ics, e);
    }
  }

  static String twoSites() {
    return ICalendarWriter.calendar(
        "KAP Care",
        List.of(
            new ICalendarWriter.Event(
                "a@kapcare.org",
                Instant.parse("2027-01-12T16:10:00Z"),
                Instant.parse("2027-01-12T18:10:00Z"),
                DENVER,
                "Appointment at Denver clinic",
                "Denver clinic",
                false,
                0),
            new ICalendarWriter.Event(
                "b@kapcare.org",
                Instant.parse("2027-01-12T17:10:00Z"),
                Instant.parse("2027-01-12T18:10:00Z"),
                LA,
                "Appointment at LA clinic",
                "LA clinic",
                true,
                2),
            new ICalendarWriter.Event(
                "c@kapcare.org",
                Instant.parse("2027-01-13T17:10:00Z"),
                Instant.parse("2027-01-13T18:10:00Z"),
                DENVER,
                "Appointment at Denver clinic",
                "Denver clinic",
                false,
                1)));
  }

  private static List<List<String>> events(String ics) {
    List<List<String>> events = new ArrayList<>();
    List<String> current = null;
    for (String line : Arrays.asList(ics.split("\r\n"))) {
      if (line.equals("BEGIN:VEVENT")) {
        current = new ArrayList<>();
      } else if (line.equals("END:VEVENT")) {
        events.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return events;
  }
}
