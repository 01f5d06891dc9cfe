package org.kapcare.platform.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;

/**
 * An opaque keyset cursor: the sort instant and id of the last item of a page. Clients pass it back
 * unchanged; a tampered cursor is a 400.
 */
public record Cursor(Instant at, UUID id) {

  /** Page sizes: default and upper bound. */
  public static final int DEFAULT_LIMIT = 50;

  public static final int MAX_LIMIT = 200;

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in {@code value}, or null for the first page. */
  public static Cursor decode(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
      return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
      throw new ProblemException(
          400, ProblemType.MALFORMED_REQUEST, "Malformed cursor", "pass back the cursor as given");
    }
  }
}
