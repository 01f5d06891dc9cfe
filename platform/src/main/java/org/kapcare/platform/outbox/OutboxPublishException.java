package org.kapcare.platform.outbox;

/** The broker did not acknowledge a batch; the relay rolls back and retries later. */
class OutboxPublishException extends RuntimeException {
  OutboxPublishException(Throwable cause) {
    super("broker did not acknowledge the batch", cause);
  }
}
