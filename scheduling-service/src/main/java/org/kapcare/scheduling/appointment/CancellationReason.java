package org.kapcare.scheduling.appointment;

/**
 * Why an appointment was called off, as its clients are told: a code from this list, never free
 * text (notification-service words each code). A free-text note stays in the staff-only history.
 */
public enum CancellationReason {
  CLIENT_REQUEST,
  PROVIDER_UNAVAILABLE,
  CLINIC_CLOSED,
  ILLNESS,
  SCHEDULING_ERROR,
  OTHER
}
