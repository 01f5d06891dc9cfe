package org.kapcare.platform.inbox;

/**
 * An event that can never be processed as it is (not a CloudEvent, or data that does not fit its
 * type). It is not retried: it goes to the consumer's dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String message, Throwable cause) {
    super(message, cause);
  }

  public PoisonEventException(String message) {
    super(message);
  }
}
