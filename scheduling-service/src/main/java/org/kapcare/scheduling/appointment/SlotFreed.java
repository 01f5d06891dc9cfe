package org.kapcare.scheduling.appointment;

/**
 * A booked time became free again (cancellation, no-show, a lapsed offer): fired in its
 * transaction.
 */
record SlotFreed(Appointment appointment) {}
