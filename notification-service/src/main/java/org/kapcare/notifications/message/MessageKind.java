package org.kapcare.notifications.message;

import static org.kapcare.notifications.message.Channel.EMAIL;
import static org.kapcare.notifications.message.Channel.IN_APP;
import static org.kapcare.notifications.message.Channel.SMS;

import java.util.EnumSet;
import java.util.Set;

/**
 * What is sent, on which channels, and how urgently. Urgent kinds skip quiet hours and must be
 * acknowledged; those that escalate go up the ladder (prescriber on duty, then admins) when nobody
 * acknowledges in time.
 */
public enum MessageKind {
  WELCOME(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  BOOKING_CONFIRMED(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  APPOINTMENT_CHANGED(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  APPOINTMENT_CANCELLED(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  REMINDER(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  NO_SHOW_FOLLOW_UP(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  WAITLIST_OFFER(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ROUTINE),
  ELIGIBILITY_DECIDED(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  NO_SHOW_STAFF(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  INTEGRATION_BOOKED(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  INTEGRATION_UNSCHEDULED(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  REFERRAL_RECEIVED(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  DOSING_SUMMARY(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  OUTCOME_REVIEW(EnumSet.of(EMAIL, IN_APP), Urgency.ROUTINE),
  CARE_NOTE(EnumSet.of(EMAIL, IN_APP), Urgency.ACKNOWLEDGE),
  CARE_NOTE_URGENT(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ESCALATE),
  VITALS_ALERT(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ESCALATE),
  SUICIDE_RISK(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.ESCALATE),
  BREAK_GLASS(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.URGENT),
  /** A break-the-glass use nobody reviewed in policy time: escalated to every admin. */
  BREAK_GLASS_REVIEW_OVERDUE(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.URGENT),
  /** A consent to share with a partner clinic was recorded on the client's account. */
  PARTNER_SHARING_CONSENTED(EnumSet.of(EMAIL, SMS, IN_APP), Urgency.NOTICE),
  /** The person's calendar feed address was replaced; the old one no longer works. */
  CALENDAR_FEED_ROTATED(EnumSet.of(EMAIL, IN_APP), Urgency.NOTICE);

  /** How a kind must be handled. */
  public enum Urgency {
    /** Held by quiet hours; no acknowledgment. */
    ROUTINE,
    /** Held by quiet hours; the addressee acknowledges it. */
    ACKNOWLEDGE,
    /** Never held; acknowledged. */
    URGENT,
    /** Never held; acknowledged, or escalated after the policy time. */
    ESCALATE,
    /**
     * A notice to a person about their own account (something changed that they may not have done):
     * never held and always in their inbox, so it cannot happen behind their back; no
     * acknowledgment, and not an alert.
     */
    NOTICE
  }

  private final Set<Channel> channels;
  private final Urgency urgency;

  MessageKind(Set<Channel> channels, Urgency urgency) {
    this.channels = channels;
    this.urgency = urgency;
  }

  public Set<Channel> channels() {
    return channels;
  }

  /** An urgent alert: marked urgent for the addressee. */
  public boolean urgent() {
    return urgency == Urgency.URGENT || urgency == Urgency.ESCALATE;
  }

  /** Sent at once: never held by quiet hours, on the urgent lane, always in the inbox. */
  public boolean immediate() {
    return urgent() || urgency == Urgency.NOTICE;
  }

  public boolean needsAcknowledgment() {
    return urgency == Urgency.ACKNOWLEDGE || urgent();
  }

  public boolean escalates() {
    return urgency == Urgency.ESCALATE;
  }
}
