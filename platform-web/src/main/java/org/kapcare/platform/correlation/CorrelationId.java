package org.kapcare.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties one request and every event it causes together in the logs. Kept in the logging
 * MDC under {@value #MDC_KEY}, so every log line carries it.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private CorrelationId() {}

  /** The current id, or null outside a request or event. */
  public static String current() {
    Object value = MDC.get(MDC_KEY);
    return value == null ? null : value.toString();
  }

  /**
   * Adopts a caller's id when it is safe to log, otherwise starts a new one, and makes it current.
   */
  public static String adoptOrCreate(String candidate) {
    String id = safeOrNew(candidate);
    MDC.put(MDC_KEY, id);
    return id;
  }

  /** A caller's id when it is safe to log, otherwise a new one (without making it current). */
  public static String safeOrNew(String candidate) {
    return candidate != null && SAFE.matcher(candidate).matches()
        ? candidate
        : UUID.randomUUID().toString();
  }

  public static void clear() {
    MDC.remove(MDC_KEY);
  }
}
