package org.kapcare.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.kapcare.gateway.client.Backends.Appointment;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.gateway.client.Backends.Room;

/**
 * The views' calls to scheduling-service: each with a timeout, one retry when the connection
 * failed, and a circuit breaker that 4xx answers do not trip. Values are overridable per method
 * with MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
public class SchedulingClient {

  private final SchedulingApi api;

  SchedulingClient(@RestClient SchedulingApi api) {
    this.api = api;
  }

  /** One page of appointments starting in {@code [from, to)}. */
  @AsynchronousNonBlocking
  @Timeout(1500)
  @Retry(
      maxRetries = 1,
      delay = 50,
      retryOn = ProcessingException.class,
      abortOn = {BackendRefused.class, TimeoutException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      skipOn = BackendRefused.class)
  public Uni<Page<Appointment>> appointments(
      Call call,
      UUID clientId,
      UUID providerId,
      Instant from,
      Instant to,
      String cursor,
      int limit) {
    return api.appointments(
        call.authorization(),
        call.correlationId(),
        clientId,
        providerId,
        from.toString(),
        to.toString(),
        cursor,
        limit);
  }

  /** The active rooms of a site (first page, up to 200). */
  @AsynchronousNonBlocking
  @Timeout(1500)
  @Retry(
      maxRetries = 1,
      delay = 50,
      retryOn = ProcessingException.class,
      abortOn = {BackendRefused.class, TimeoutException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 5000,
      skipOn = BackendRefused.class)
  public Uni<Page<Room>> rooms(Call call, UUID locationId) {
    return api.rooms(call.authorization(), call.correlationId(), locationId, 200);
  }
}
