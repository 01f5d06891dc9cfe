package org.kapcare.notifications.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its time (a reminder, a debounced notice, quiet hours). */
  QUEUED,
  /** Claimed by a replica, which is sending it now. */
  SENDING,
  /** The channel accepted it. */
  SENT,
  /** The last attempt failed; it is retried after a backoff. */
  FAILED,
  /** It failed too often; admins see it. */
  DEAD,
  /** No longer wanted (the appointment moved, or a newer notice replaced it). */
  CANCELLED
}
