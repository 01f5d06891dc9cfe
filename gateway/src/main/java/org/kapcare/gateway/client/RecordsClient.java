package org.kapcare.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.kapcare.gateway.client.Backends.Assessment;
import org.kapcare.gateway.client.Backends.ChartSummary;
import org.kapcare.gateway.client.Backends.Handoff;
import org.kapcare.gateway.client.Backends.Page;

/** The views' calls to clinical-record-service; resilience as in {@link SchedulingClient}. */
@ApplicationScoped
public class RecordsClient {

  private final RecordsApi api;

  RecordsClient(@RestClient RecordsApi api) {
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
  public Uni<ChartSummary> summary(Call call, UUID clientId) {
    return api.summary(call.authorization(), call.correlationId(), clientId);
  }

  /** The client's scores of one instrument, oldest first, each against the course baseline. */
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
  public Uni<List<Assessment>> assessments(Call call, UUID clientId, String instrument) {
    return api.assessments(call.authorization(), call.correlationId(), clientId, instrument);
  }

  /** Unacknowledged handoffs addressed to the caller or their role, oldest first. */
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
  public Uni<Page<Handoff>> openHandoffs(Call call, String priority) {
    return api.openHandoffs(call.authorization(), call.correlationId(), priority, 200);
  }
}
