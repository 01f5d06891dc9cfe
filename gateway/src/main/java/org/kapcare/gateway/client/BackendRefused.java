package org.kapcare.gateway.client;

/**
 * A service answered 4xx: the request, not the service, is wrong (or the caller may not see it).
 * Never retried and never counted by a circuit breaker.
 */
public class BackendRefused extends RuntimeException {

  private final int status;

  public BackendRefused(int status) {
    super("service answered " + status, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
