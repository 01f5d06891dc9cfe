package org.kapcare.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.kapcare.gateway.client.Backends.InboxItem;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.gateway.client.Backends.UnreadCount;

/** The views' calls to notification-service; resilience as in {@link SchedulingClient}. */
@ApplicationScoped
public class NotificationsClient {

  private final NotificationsApi api;

  NotificationsClient(@RestClient NotificationsApi api) {
    this.api = api;
  }

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
  public Uni<UnreadCount> unreadCount(Call call) {
    return api.unreadCount(call.authorization(), call.correlationId());
  }

  /** The newest items of the caller's inbox (first page, up to 200). */
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
  public Uni<Page<InboxItem>> inbox(Call call) {
    return api.inbox(call.authorization(), call.correlationId(), 200);
  }
}
