package org.kapcare.notifications.channel;

/** A channel refused or could not take a message; the attempt is retried after a backoff. */
public class SendFailedException extends RuntimeException {

  public SendFailedException(String reason, Throwable cause) {
    super(reason, cause);
  }

  public SendFailedException(String reason) {
    super(reason);
  }
}
