package org.kapcare.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackendCircuitTest {

  private final AtomicLong now = new AtomicLong();
  private final BackendCircuit circuit = new BackendCircuit(3, Duration.ofSeconds(10), now::get);

  @Test
  void shouldOpenAfterConsecutiveFailuresOnly() {
    circuit.failed();
    circuit.failed();
    circuit.succeeded();
    circuit.failed();
    circuit.failed();
    assertTrue(circuit.tryAcquire(), "a success in between resets the count");
    circuit.failed();
    assertFalse(circuit.tryAcquire());
    assertEquals(10, circuit.retryAfterSeconds());
  }

  @Test
  void shouldLetOneTrialThroughWhenTheOpenTimeIsOver() {
    openIt();
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertTrue(circuit.tryAcquire(), "the trial");
    assertFalse(circuit.tryAcquire(), "only one trial at a time");
    circuit.succeeded();
    assertTrue(circuit.tryAcquire());
    assertTrue(circuit.tryAcquire());
  }

  @Test
  void shouldReopenWhenTheTrialFails() {
    openIt();
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertTrue(circuit.tryAcquire());
    circuit.failed();
    assertFalse(circuit.tryAcquire());
    assertEquals(10, circuit.retryAfterSeconds());
  }

  private void openIt() {
    for (int i = 0; i < 3; i++) {
      circuit.failed();
    }
    assertFalse(circuit.tryAcquire());
  }
}
