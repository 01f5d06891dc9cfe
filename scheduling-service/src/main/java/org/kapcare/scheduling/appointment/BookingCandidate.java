package org.kapcare.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.location.Location;
import org.kapcare.scheduling.location.Room;
import org.kapcare.scheduling.provider.Provider;

/**
 * A booking as the rules see it, before it is written.
 *
 * @param replacing the appointment this candidate moves (a reschedule), or null
 * @param planning a course being planned: the dosing gates (eligibility, preparation) are checked
 *     when a planned dosing session is checked in, not when its time is held
 */
record BookingCandidate(
    AppointmentType type,
    ScheduledClient client,
    Location location,
    List<Provider> providers,
    Room room,
    Appointment follows,
    Instant startsAt,
    Instant endsAt,
    UUID replacing,
    boolean planning) {}
