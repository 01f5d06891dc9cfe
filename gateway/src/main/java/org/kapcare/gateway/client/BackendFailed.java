package org.kapcare.gateway.client;

/** A service answered 5xx. Counted by the circuit breaker. */
public class BackendFailed extends RuntimeException {

  public BackendFailed(int status) {
    super("service answered " + status, null, false, false);
  }
}
