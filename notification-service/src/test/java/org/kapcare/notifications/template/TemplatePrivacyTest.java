package org.kapcare.notifications.template;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;

/**
 * Minimum necessary (domain.md §6): an SMS or e-mail says date, time, clinic name and phone and
 * links to the app; clinical content stays in the authenticated inbox.
 */
@QuarkusTest
class TemplatePrivacyTest {

  /** Words that would reveal treatment, a diagnosis, a score or a vital sign. */
  private static final List<String> CLINICAL_WORDS =
      List.of(
          "ketamine",
          "esketamine",
          "spravato",
          "dosing",
          "dose",
          "mg",
          "infusion",
          "phq",
          "gad-7",
          "pcl-5",
          "score",
          "total",
          "severity",
          "blood pressure",
          "systolic",
          "mmhg",
          "heart rate",
          "vital",
          "diagnosis",
          "depress",
          "ptsd",
          "suicid",
          "self-harm",
          "psychotherap",
          "integration",
          "preparation",
          "fasting",
          "adverse",
          "approved",
          "eligib");

  /** Sample data as rich in clinical facts as the events can make it. */
  private static final Map<String, String> SAMPLE =
      Map.ofEntries(
          Map.entry("clientId", "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01"),
          Map.entry("startsAt", "2026-03-08T15:30:00Z"),
          Map.entry("timeZone", "America/New_York"),
          Map.entry("appointmentType", "dosing"),
          Map.entry("reason", "ketamine dosing postponed after blood pressure 190/115"),
          Map.entry("parameter", "systolic blood pressure"),
          Map.entry("value", "186"),
          Map.entry("threshold", "> 180 mmHg"),
          Map.entry("instrument", "PHQ-9"),
          Map.entry("total", "22"),
          Map.entry("severity", "severe depression"),
          Map.entry("route", "IV"),
          Map.entry("doseMg", "35 mg ketamine"),
          Map.entry("monitoringMinutes", "95"),
          Map.entry("vitalsAlertCount", "2"),
          Map.entry("adverseEvent", "true"),
          Map.entry("escalated", "true"),
          Map.entry("sessionRecordId", "dosing-session-1"),
          Map.entry("noteId", "psychotherapy-note-1"),
          Map.entry("assessmentId", "phq-9-score-1"),
          Map.entry("clinicianId", "clinician-1"),
          Map.entry("role", "prescriber"),
          Map.entry("accessedAt", "2026-03-08T15:30:00Z"),
          Map.entry("grantId", "0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"),
          Map.entry("grantedAt", "2026-03-07T15:30:00Z"),
          Map.entry("dueAt", "2026-03-08T15:30:00Z"),
          Map.entry("measuredAt", "2026-03-08T15:30:00Z"),
          Map.entry("therapistId", "therapist-1"),
          Map.entry("windowStartsAt", "2026-03-09T15:30:00Z"),
          Map.entry("windowEndsAt", "2026-03-11T15:30:00Z"),
          Map.entry("hoursBefore", "48"),
          Map.entry("expiresAt", "2026-03-07T15:30:00Z"),
          Map.entry("decision", "APPROVED"),
          Map.entry("referralId", "4b1d2c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
          Map.entry("partnerId", "partner-clinic"),
          Map.entry("urgency", "PRIORITY"),
          Map.entry("consentId", "7c1d2c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
          Map.entry("actor", "STAFF"),
          Map.entry("until", "2026-09-08T16:00:00Z"));

  @Inject MessageTemplates templates;

  @Test
  void templatesNeverContainClinicalWords() {
    List<String> leaks = new ArrayList<>();
    for (MessageKind kind : MessageKind.values()) {
      for (Channel channel : List.of(Channel.EMAIL, Channel.SMS)) {
        for (boolean urgent : List.of(false, true)) {
          RenderedMessage m = render(kind, channel, urgent);
          String text = ((m.subject() == null ? "" : m.subject()) + "\n" + m.body());
          for (String word : CLINICAL_WORDS) {
            if (text.toLowerCase(Locale.ROOT).contains(word)) {
              leaks.add(kind + "/" + channel + " says '" + word + "': " + text);
            }
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  @Test
  void outsideMessagesCarryDateTimeClinicAndLink() {
    RenderedMessage sms = render(MessageKind.REMINDER, Channel.SMS, false);
    assertThat(sms.body(), containsString("KAP Care Clinic"));
    assertThat(sms.body(), containsString("Sun, Mar 8, 2026"));
    assertThat(sms.body(), containsString("11:30"));
    assertThat(sms.body(), containsString("+1 503 555 0100"));
    assertThat(sms.body(), containsString("http"));
    RenderedMessage mail = render(MessageKind.BOOKING_CONFIRMED, Channel.EMAIL, false);
    assertThat(mail.subject(), containsString("confirmed"));
    assertFalse(mail.body().startsWith("Subject"));
  }

  @Test
  void everyKindRendersOnEachOfItsChannels() {
    for (MessageKind kind : MessageKind.values()) {
      for (Channel channel : kind.channels()) {
        RenderedMessage m = render(kind, channel, kind.urgent());
        assertFalse(m.body().isBlank(), kind + "/" + channel);
      }
    }
  }

  @Test
  void clinicalDetailStaysInTheAuthenticatedInbox() {
    RenderedMessage alert = render(MessageKind.VITALS_ALERT, Channel.IN_APP, true);
    assertThat(alert.body(), containsString("systolic blood pressure"));
    assertThat(alert.subject(), containsString("escalated"));
    RenderedMessage reminder = render(MessageKind.REMINDER, Channel.IN_APP, false);
    assertThat(reminder.body(), containsString("arrange an adult to drive you home"));
    assertThat(reminder.body(), containsString("do not drive until the next day"));
  }

  @Test
  void cancellationReasonIsOnlyEverThePhraseOfAKnownCode() {
    assertThat(cancelledBecause("ILLNESS"), containsString("Reason: illness."));
    assertThat(
        cancelledBecause("PROVIDER_UNAVAILABLE"),
        containsString("Reason: the provider is unavailable."));
    // The sample's free text (an old or forged event), a code in other spelling, OTHER: nothing.
    for (String reason : List.of(SAMPLE.get("reason"), "illness", "ILLNESS ", "OTHER")) {
      String body = cancelledBecause(reason);
      assertThat(body, containsString("is cancelled"));
      assertFalse(body.contains("Reason"), reason + " -> " + body);
      assertFalse(body.contains("blood pressure"), body);
    }
  }

  @Test
  void accountNoticesSayWhoDidItAndUntilWhenButNoDetail() {
    RenderedMessage sms = render(MessageKind.PARTNER_SHARING_CONSENTED, Channel.SMS, false);
    assertThat(sms.body(), containsString("by clinic staff, valid until Tue, Sep 8, 2026"));
    assertFalse(sms.body().contains(SAMPLE.get("consentId")));
    assertFalse(sms.body().contains("partner-clinic"));
    Map<String, String> self = new java.util.HashMap<>(SAMPLE);
    self.put("actor", "SELF");
    RenderedMessage feed =
        templates.render(
            MessageKind.CALENDAR_FEED_ROTATED,
            Channel.EMAIL,
            self,
            false,
            ZoneId.of("America/New_York"),
            "en");
    assertThat(feed.body(), containsString("from your own sign-in"));
  }

  private String cancelledBecause(String reason) {
    Map<String, String> model = new java.util.HashMap<>(SAMPLE);
    model.put("reason", reason);
    return templates
        .render(
            MessageKind.APPOINTMENT_CANCELLED,
            Channel.IN_APP,
            model,
            false,
            ZoneId.of("America/New_York"),
            "en")
        .body();
  }

  private RenderedMessage render(MessageKind kind, Channel channel, boolean urgent) {
    return templates.render(kind, channel, SAMPLE, urgent, ZoneId.of("America/New_York"), "en");
  }
}
