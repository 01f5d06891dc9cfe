package org.kapcare.notifications.message;

import java.util.Optional;

/**
 * Why an appointment was cancelled, as scheduling chooses it from a list: a cancellation notice
 * reaches every participant of a group session, so what they read is a fixed phrase for a known
 * code, never the free text someone typed (an old or forged event's text is never shown).
 */
public enum CancellationReason {
  CLIENT_REQUEST("a cancellation request"),
  PROVIDER_UNAVAILABLE("the provider is unavailable"),
  CLINIC_CLOSED("the clinic is closed"),
  ILLNESS("illness"),
  SCHEDULING_ERROR("a scheduling error"),
  /** Nothing more to say to the participants. */
  OTHER(null);

  private final String phrase;

  CancellationReason(String phrase) {
    this.phrase = phrase;
  }

  /** The code, when {@code value} is exactly one of the known codes. */
  public static Optional<CancellationReason> of(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (CancellationReason reason : values()) {
      if (reason.name().equals(value)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  /** What the participants read, if anything. */
  public Optional<String> phrase() {
    return Optional.ofNullable(phrase);
  }
}
