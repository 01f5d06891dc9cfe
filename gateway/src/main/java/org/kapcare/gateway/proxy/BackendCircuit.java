package org.kapcare.gateway.proxy;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The circuit breaker in front of one service: closed while it answers; open after {@code
 * threshold} consecutive failures, refusing at once for {@code openFor}; then half-open, letting
 * one trial request through whose outcome closes or reopens it. Thread-safe; cheap when closed.
 */
public final class BackendCircuit {

  private final int threshold;
  private final long openForNanos;
  private final LongSupplier clock;

  private int failures;
  private long openUntil;
  private boolean trialRunning;

  public BackendCircuit(int threshold, Duration openFor) {
    this(threshold, openFor, System::nanoTime);
  }

  BackendCircuit(int threshold, Duration openFor, LongSupplier clock) {
    this.threshold = threshold;
    this.openForNanos = openFor.toNanos();
    this.clock = clock;
  }

  /**
   * Whether a request may go to the service now. When open, answers false; when half-open, true for
   * the one trial only.
   */
  public synchronized boolean tryAcquire() {
    if (failures < threshold) {
      return true;
    }
    if (clock.getAsLong() - openUntil < 0 || trialRunning) {
      return false;
    }
    trialRunning = true;
    return true;
  }

  public synchronized void succeeded() {
    failures = 0;
    trialRunning = false;
  }

  public synchronized void failed() {
    trialRunning = false;
    failures = Math.min(failures + 1, threshold);
    if (failures >= threshold) {
      openUntil = clock.getAsLong() + openForNanos;
    }
  }

  /** Whole seconds until a trial request will be let through (at least 1), for Retry-After. */
  public synchronized long retryAfterSeconds() {
    long remaining = openUntil - clock.getAsLong();
    return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
  }

  public synchronized boolean isOpen() {
    return failures >= threshold;
  }
}
