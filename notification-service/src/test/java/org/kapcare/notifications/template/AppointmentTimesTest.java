package org.kapcare.notifications.template;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;

/**
 * A message says an appointment's time where it happens, with that zone's name, and the reader's
 * own clock beside it when theirs reads otherwise (issue 14: "11:10 AM EST (America/Denver)" for a
 * 09:10 Denver appointment sent a client at the wrong hour).
 */
@QuarkusTest
class AppointmentTimesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

  @Inject MessageTemplates templates;

  @Test
  void timeIsTheSitesWithItsZoneAndTheReadersOwnBesideIt() {
    // 09:10 in Denver (MST, UTC-7) is 16:10Z, 11:10 in New York.
    RenderedMessage sms =
        render(MessageKind.BOOKING_CONFIRMED, Channel.SMS, "2027-01-12T16:10:00Z", NEW_YORK);
    assertThat(
        sms.body(),
        startsWith(
            "KAP Care Clinic: your appointment is confirmed for Tue, Jan 12, 2027 at 9:10 AM MST"
                + " (America/Denver), 11:10 AM EST your time. Details: "));
    RenderedMessage mail =
        render(MessageKind.REMINDER, Channel.EMAIL, "2027-01-12T16:10:00Z", NEW_YORK);
    assertEquals(
        "Reminder: appointment on Tue, Jan 12, 2027 at 9:10 AM MST (America/Denver), 11:10 AM"
            + " EST your time",
        mail.subject());
    RenderedMessage inApp =
        render(MessageKind.BOOKING_CONFIRMED, Channel.IN_APP, "2027-01-12T16:10:00Z", NEW_YORK);
    assertEquals(
        "Your dosing is booked for Tue, Jan 12, 2027 at 9:10 AM MST (America/Denver), 11:10 AM"
            + " EST your time.",
        inApp.body());
  }

  @Test
  void readerInTheSitesZoneGetsOneClock() {
    RenderedMessage sms =
        render(MessageKind.BOOKING_CONFIRMED, Channel.SMS, "2027-01-12T16:10:00Z", DENVER);
    assertThat(
        sms.body(),
        startsWith(
            "KAP Care Clinic: your appointment is confirmed for Tue, Jan 12, 2027 at 9:10 AM MST"
                + " (America/Denver). Details: "));
  }

  @Test
  void secondClockAppearsWhenDaylightSavingTimeSetsTheClocksApart() {
    // Phoenix keeps MST all year; Denver moves to MDT on Sunday, March 14, 2027.
    assertEquals(
        "Your dosing is booked for Sat, Mar 13, 2027 at 9:10 AM MST (America/Denver).",
        render(MessageKind.BOOKING_CONFIRMED, Channel.IN_APP, "2027-03-13T16:10:00Z", PHOENIX)
            .body());
    assertEquals(
        "Your dosing is booked for Mon, Mar 15, 2027 at 9:10 AM MDT (America/Denver), 8:10 AM"
            + " MST your time.",
        render(MessageKind.BOOKING_CONFIRMED, Channel.IN_APP, "2027-03-15T15:10:00Z", PHOENIX)
            .body());
  }

  @Test
  void readersClockNamesItsOwnDateWhenItIsAnotherDay() {
    // 23:30 in Denver is 01:30 the next morning in New York.
    assertEquals(
        "Your dosing is booked for Tue, Jan 12, 2027 at 11:30 PM MST (America/Denver), Wed, Jan"
            + " 13, 2027, 1:30 AM EST your time.",
        render(MessageKind.BOOKING_CONFIRMED, Channel.IN_APP, "2027-01-13T06:30:00Z", NEW_YORK)
            .body());
  }

  @Test
  void withoutTheSitesZoneTheTimeIsTheReadersAndSaysSo() {
    // A waitlist offer's event names no zone: the reader's clock, labelled as theirs.
    Map<String, String> model = new HashMap<>();
    model.put("startsAt", "2027-01-12T16:10:00Z");
    RenderedMessage sms =
        templates.render(MessageKind.WAITLIST_OFFER, Channel.SMS, model, false, NEW_YORK, "en");
    assertThat(
        sms.body(),
        startsWith(
            "KAP Care Clinic: an earlier time is free on Tue, Jan 12, 2027 at 11:10 AM EST."));
  }

  private RenderedMessage render(
      MessageKind kind, Channel channel, String startsAt, ZoneId reader) {
    Map<String, String> model = new HashMap<>();
    model.put("startsAt", startsAt);
    model.put("timeZone", "America/Denver");
    model.put("appointmentType", "dosing");
    return templates.render(kind, channel, model, false, reader, "en");
  }
}
