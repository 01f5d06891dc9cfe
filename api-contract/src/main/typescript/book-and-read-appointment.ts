// What a frontend writes against the generated TypeScript client (typescript-fetch): find the
// first free slot of an appointment type for a client at a site, book it with an idempotency key,
// and read the appointment back. Type-checked by the build (tsconfig.json), not run.
import { AppointmentsApi, Configuration } from "../../../target/generated-sources/typescript-client";
import type { AppointmentView } from "../../../target/generated-sources/typescript-client";

export async function bookFirstFreeSlot(
  gateway: string,
  accessToken: string,
  clientId: string,
  locationId: string,
  typeCode: string,
  from: Date,
): Promise<AppointmentView> {
  const appointments = new AppointmentsApi(
    new Configuration({ basePath: gateway, accessToken: async () => accessToken }),
  );
  const slots = await appointments.schedulingGetSlots({
    clientId,
    locationId,
    type: typeCode,
    from,
    days: 14,
    limit: 1,
  });
  const slot = slots[0];
  if (slot === undefined) {
    throw new Error(`no free ${typeCode} slot in 14 days`);
  }
  const booked = await appointments.schedulingPostAppointments({
    bookAppointmentRequest: {
      typeCode,
      clientId,
      locationId,
      startsAt: slot.startsAt!,
      providerIds: new Set(slot.providerIds ?? []),
      roomId: slot.roomId,
    },
    idempotencyKey: crypto.randomUUID(),
  });
  return appointments.schedulingGetAppointmentsById({ id: booked.id! });
}
