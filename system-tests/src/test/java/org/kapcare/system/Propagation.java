package org.kapcare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * How long a committed change takes to become visible in another service (through the outbox, Kafka
 * and the consumer's inbox): measured from the answer of the request that made the change to the
 * first poll that sees its effect.
 */
final class Propagation {

  private static final Map<String, List<Long>> SAMPLES = new TreeMap<>();

  /** Waits the platform keeps on purpose (an escalation's policy time): reported, not in "all". */
  private static final Map<String, List<Long>> POLICY_WAITS = new TreeMap<>();

  private static final Duration POLL = Duration.ofMillis(25);

  private Propagation() {}

  /** Polls until {@code visible} holds (at most {@code limit}); records and returns the delay. */
  static long await(String what, Duration limit, BooleanSupplier visible) {
    return await(SAMPLES, what, limit, visible);
  }

  /** Like {@link #await}, for an effect the platform delays on purpose by policy. */
  static long awaitPolicyWait(String what, Duration limit, BooleanSupplier visible) {
    return await(POLICY_WAITS, what, limit, visible);
  }

  private static long await(
      Map<String, List<Long>> samples, String what, Duration limit, BooleanSupplier visible) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    Throwable last = null;
    while (true) {
      boolean seen;
      try {
        seen = visible.getAsBoolean();
      } catch (AssertionError | RuntimeException notYet) {
        seen = false;
        last = notYet;
      }
      long now = System.nanoTime();
      if (seen) {
        long millis = (now - start) / 1_000_000;
        synchronized (SAMPLES) {
          samples.computeIfAbsent(what, k -> new ArrayList<>()).add(millis);
        }
        return millis;
      }
      if (now > deadline) {
        throw new AssertionError(what + ": not visible after " + limit, last);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what + ": interrupted");
      }
    }
  }

  /** p50 and p99 per kind of change and over all, written to {@code target/}. */
  static String report(Path file) throws IOException {
    StringBuilder out = new StringBuilder("# Propagation delays (ms)\n\n");
    List<Long> all = new ArrayList<>();
    synchronized (SAMPLES) {
      SAMPLES.forEach(
          (what, samples) -> {
            all.addAll(samples);
            out.append(line(what, samples));
          });
    }
    out.append(line("all", all));
    synchronized (SAMPLES) {
      if (!POLICY_WAITS.isEmpty()) {
        out.append("\n# Waits by policy (ms), not propagation\n\n");
        POLICY_WAITS.forEach((what, samples) -> out.append(line(what, samples)));
      }
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString());
    return out.toString();
  }

  static long percentile(List<Long> samples, int p) {
    List<Long> sorted = new ArrayList<>(samples);
    sorted.sort(Long::compare);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  static List<Long> all() {
    List<Long> all = new ArrayList<>();
    synchronized (SAMPLES) {
      SAMPLES.values().forEach(all::addAll);
    }
    return all;
  }

  private static String line(String what, List<Long> samples) {
    return samples.isEmpty()
        ? ""
        : String.format(
            "%-48s n=%3d  p50=%5d  p99=%5d  max=%5d%n",
            what,
            samples.size(),
            percentile(samples, 50),
            percentile(samples, 99),
            percentile(samples, 100));
  }
}
