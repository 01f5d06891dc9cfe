package org.kapcare.gateway.view;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.kapcare.gateway.client.BackendRefused;

/**
 * One part of a view: the service's answer, or why it is missing. A part never fails, so a slow or
 * failing service leaves a gap in the view instead of an error.
 */
record Part<T>(T value, String missing) {

  private static final Logger LOG = Logger.getLogger(Part.class);

  static <T> Part<T> of(T value) {
    return new Part<>(value, null);
  }

  static <T> Part<T> missing(String reason) {
    return new Part<>(null, reason);
  }

  boolean present() {
    return missing == null;
  }

  <R> Part<R> map(Function<T, R> mapping) {
    return present() ? of(mapping.apply(value)) : missing(missing);
  }

  /** Waits for a call at most {@code deadline}; any failure becomes a missing part. */
  static <T> Uni<Part<T>> await(Uni<T> call, Duration deadline, String name) {
    return call.ifNoItem()
        .after(deadline)
        .fail()
        .map(Part::of)
        .onFailure()
        .recoverWithItem(
            failure -> {
              String reason = reason(failure);
              LOG.warnf("view part %s missing: %s (%s)", name, reason, failure.toString());
              return missing(reason);
            });
  }

  /** Like {@link #await}, but a 404 means there is nothing yet: {@code empty} instead. */
  static <T> Uni<Part<T>> awaitOrEmpty(Uni<T> call, Duration deadline, String name, T empty) {
    return await(
        call.onFailure(f -> f instanceof BackendRefused r && r.status() == 404)
            .recoverWithItem(empty),
        deadline,
        name);
  }

  static String reason(Throwable failure) {
    if (failure instanceof BackendRefused refused) {
      return switch (refused.status()) {
        case 401, 403 -> "forbidden";
        case 404 -> "not-found";
        default -> "refused";
      };
    }
    if (failure instanceof TimeoutException
        || failure instanceof io.smallrye.mutiny.TimeoutException) {
      return "timeout";
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return "circuit-open";
    }
    return "unavailable";
  }
}
