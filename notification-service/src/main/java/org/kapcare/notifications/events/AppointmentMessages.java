package org.kapcare.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.IntegrationUnscheduled;
import org.kapcare.contracts.scheduling.WaitlistSlotOffered;
import org.kapcare.notifications.delivery.DeliveryPlanner;
import org.kapcare.notifications.delivery.Outgoing;
import org.kapcare.notifications.duty.DutyRoster;
import org.kapcare.notifications.message.CancellationReason;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.recipient.Audience;
import org.kapcare.notifications.reminder.Reminders;
import org.kapcare.platform.security.Roles;

/** What each appointment step sends: confirmations, debounced notices, reminders, follow-ups. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AppointmentMessages {

  private static final String INTEGRATION = "INTEGRATION";

  private final DeliveryPlanner planner;
  private final Reminders reminders;
  private final DutyRoster roster;
  private final Audience audience;
  private final NotificationPolicy policy;
  private final Clock clock;

  AppointmentMessages(
      DeliveryPlanner planner,
      Reminders reminders,
      DutyRoster roster,
      Audience audience,
      NotificationPolicy policy,
      Clock clock) {
    this.planner = planner;
    this.reminders = reminders;
    this.roster = roster;
    this.audience = audience;
    this.policy = policy;
    this.clock = clock;
  }

  void on(Step step, AppointmentChanged event) {
    String eventId = CurrentEvent.id();
    UUID clientId = UUID.fromString(event.clientId());
    Instant now = clock.instant();
    Map<String, String> model = model(event);
    switch (step) {
      case BOOKED -> {
        roster.clientSeenAt(event);
        planner.plan(
            message(MessageKind.BOOKING_CONFIRMED, eventId, event, model, now), client(event));
        reminders.schedule(eventId, clientId, event.appointmentId(), event.startsAt(), model);
        if (INTEGRATION.equalsIgnoreCase(event.appointmentType()) && event.providerIds() != null) {
          planner.plan(
              message(MessageKind.INTEGRATION_BOOKED, eventId, event, model, now),
              event.providerIds().stream().map(UUID::fromString).toList());
        }
      }
      case RESCHEDULED -> {
        roster.clientSeenAt(event);
        reminders.cancel(event.appointmentId());
        reminders.schedule(eventId, clientId, event.appointmentId(), event.startsAt(), model);
        notice(MessageKind.APPOINTMENT_CHANGED, eventId, event, model, now);
      }
      case CANCELLED -> {
        reminders.cancel(event.appointmentId());
        notice(MessageKind.APPOINTMENT_CANCELLED, eventId, event, model, now);
      }
      case NO_SHOW -> {
        reminders.cancel(event.appointmentId());
        planner.plan(
            message(MessageKind.NO_SHOW_FOLLOW_UP, eventId, event, model, now), client(event));
        planner.plan(
            message(MessageKind.NO_SHOW_STAFF, eventId, event, model, now),
            audience.withRole(Roles.COORDINATOR));
      }
      case CHECKED_IN -> {
        roster.clientSeenAt(event);
        reminders.cancel(event.appointmentId());
      }
      case COMPLETED -> reminders.cancel(event.appointmentId());
    }
  }

  /** A coordinator must book the integration session by hand. */
  void integrationUnscheduled(IntegrationUnscheduled event) {
    Map<String, String> model = new HashMap<>();
    model.put("clientId", event.clientId());
    put(model, "therapistId", event.therapistId());
    put(model, "windowStartsAt", event.windowStartsAt());
    put(model, "windowEndsAt", event.windowEndsAt());
    planner.plan(
        new Outgoing(
            MessageKind.INTEGRATION_UNSCHEDULED,
            CurrentEvent.id(),
            UUID.fromString(event.clientId()),
            null,
            null,
            model,
            clock.instant()),
        audience.withRole(Roles.COORDINATOR));
  }

  /** A freed slot is offered to a waiting client until the offer expires. */
  void waitlistSlotOffered(WaitlistSlotOffered event) {
    Map<String, String> model = new HashMap<>();
    model.put("clientId", event.clientId());
    put(model, "startsAt", event.startsAt());
    put(model, "timeZone", event.timeZone());
    put(model, "locationId", event.locationId());
    put(model, "expiresAt", event.expiresAt());
    if (event.appointmentType() != null) {
      model.put("appointmentType", event.appointmentType().toLowerCase(Locale.ROOT));
    }
    planner.plan(
        new Outgoing(
            MessageKind.WAITLIST_OFFER,
            CurrentEvent.id(),
            UUID.fromString(event.clientId()),
            event.appointmentId(),
            null,
            model,
            clock.instant()),
        Set.of(UUID.fromString(event.clientId())));
  }

  /** Change and cancellation notices wait out the debounce; a newer one replaces a waiting one. */
  private void notice(
      MessageKind kind,
      String eventId,
      AppointmentChanged event,
      Map<String, String> model,
      Instant now) {
    planner.replacePendingNotice(
        message(kind, eventId, event, model, now.plus(policy.changeDebounce())), client(event));
  }

  private static Outgoing message(
      MessageKind kind,
      String eventId,
      AppointmentChanged event,
      Map<String, String> model,
      Instant due) {
    return new Outgoing(
        kind, eventId, UUID.fromString(event.clientId()), event.appointmentId(), null, model, due);
  }

  private static Set<UUID> client(AppointmentChanged event) {
    return Set.of(UUID.fromString(event.clientId()));
  }

  private static Map<String, String> model(AppointmentChanged event) {
    Map<String, String> model = new HashMap<>();
    model.put("clientId", event.clientId());
    model.put("appointmentId", event.appointmentId());
    put(model, "startsAt", event.startsAt());
    put(model, "timeZone", event.timeZone());
    put(model, "locationId", event.locationId());
    put(model, "previousStartsAt", event.previousStartsAt());
    // Only a known code is kept: free text from an old or forged event never reaches a template.
    CancellationReason.of(event.reason()).ifPresent(r -> model.put("reason", r.name()));
    if (event.appointmentType() != null) {
      model.put("appointmentType", event.appointmentType().toLowerCase(Locale.ROOT));
    }
    return model;
  }

  private static void put(Map<String, String> model, String key, Object value) {
    if (value != null) {
      model.put(key, value.toString());
    }
  }
}
