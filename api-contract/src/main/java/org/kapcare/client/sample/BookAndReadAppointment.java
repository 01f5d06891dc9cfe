package org.kapcare.client.sample;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.kapcare.client.ApiClient;
import org.kapcare.client.ApiException;
import org.kapcare.client.api.AppointmentsApi;
import org.kapcare.client.model.AppointmentView;
import org.kapcare.client.model.BookAppointmentRequest;
import org.kapcare.client.model.Slot;

/**
 * What a partner or a clinic's own app writes against the generated Java client: find the first
 * free slot of an appointment type for a client at a site, book it (with an idempotency key, so a
 * retry after a lost answer books nothing twice), and read the appointment back.
 *
 * <p>Run it with a bearer token of the kap realm in {@code KAP_TOKEN}: {@code java
 * org.kapcare.client.sample.BookAndReadAppointment https://api.clinic.example CLIENT_ID LOCATION_ID
 * preparation}.
 */
public final class BookAndReadAppointment {

  /** How far ahead the search looks, in days. */
  private static final int SEARCH_DAYS = 14;

  private final AppointmentsApi appointments;

  public BookAndReadAppointment(URI gateway, String accessToken) {
    ApiClient api = new ApiClient();
    api.updateBaseUri(gateway.toString());
    api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
    this.appointments = new AppointmentsApi(api);
  }

  /** The booked appointment as read back after booking. */
  public AppointmentView bookFirstFreeSlot(
      UUID clientId, UUID locationId, String typeCode, OffsetDateTime from) throws ApiException {
    List<Slot> slots =
        appointments.schedulingGetSlots(
            clientId, from, locationId, typeCode, SEARCH_DAYS, 1, null, null);
    if (slots.isEmpty()) {
      throw new IllegalStateException("no free " + typeCode + " slot in " + SEARCH_DAYS + " days");
    }
    Slot slot = slots.get(0);
    BookAppointmentRequest booking =
        new BookAppointmentRequest()
            .typeCode(typeCode)
            .clientId(clientId)
            .locationId(locationId)
            .startsAt(slot.getStartsAt())
            .providerIds(new LinkedHashSet<>(slot.getProviderIds()))
            .roomId(slot.getRoomId());
    AppointmentView booked =
        appointments.schedulingPostAppointments(booking, UUID.randomUUID().toString());
    return appointments.schedulingGetAppointmentsById(booked.getId());
  }

  public static void main(String[] args) throws ApiException {
    if (args.length != 4 || System.getenv("KAP_TOKEN") == null) {
      System.err.println(
          "usage: KAP_TOKEN=<bearer token> BookAndReadAppointment GATEWAY_URL CLIENT_ID"
              + " LOCATION_ID TYPE_CODE");
      System.exit(2);
    }
    AppointmentView appointment =
        new BookAndReadAppointment(URI.create(args[0]), System.getenv("KAP_TOKEN"))
            .bookFirstFreeSlot(
                UUID.fromString(args[1]),
                UUID.fromString(args[2]),
                args[3],
                OffsetDateTime.now().plusDays(1));
    System.out.println(
        appointment.getId()
            + " "
            + appointment.getStatus()
            + " "
            + appointment.getStartsAt()
            + " "
            + appointment.getTimeZone());
  }
}
