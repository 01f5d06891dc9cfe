package org.kapcare.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Recognizes failures of one technology (a database, a broker…) that are the caller's doing and
 * answers them as problems; {@link ProblemMappers} asks every translator before calling a failure a
 * defect.
 */
public interface ProblemTranslator {

  Optional<Response> translate(Throwable failure);

  /** The first cause of {@code type} in the chain of {@code failure}, or null. */
  static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
