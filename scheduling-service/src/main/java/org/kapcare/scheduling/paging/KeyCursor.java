package org.kapcare.scheduling.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;

/**
 * An opaque keyset cursor for lists ordered by one unique key that is not an instant: a room's name
 * within its site, a type's code, the number of an appointment's change; or by a key and an id
 * ({@link #of}): a site's or a provider's name. Lists ordered by time use {@link
 * org.kapcare.platform.http.Cursor}. Clients pass it back unchanged; a tampered cursor is a 400.
 */
public record KeyCursor(String key) {

  private static final String PREFIX = "k1|";

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in {@code value}, or null for the first page. */
  public static KeyCursor decode(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    if (!decoded.startsWith(PREFIX) || decoded.length() == PREFIX.length()) {
      throw malformed();
    }
    return new KeyCursor(decoded.substring(PREFIX.length()));
  }

  /**
   * A cursor for lists ordered by a key that need not be unique (a site's or a provider's name),
   * with the id as tie-break: {@code <sortKey>|<id>}.
   */
  public static KeyCursor of(String sortKey, UUID id) {
    return new KeyCursor(sortKey + "|" + id);
  }

  /** The sort key of a cursor made by {@link #of}. */
  public String sortKey() {
    return key.substring(0, separator());
  }

  /** The tie-break id of a cursor made by {@link #of}. */
  public UUID id() {
    try {
      return UUID.fromString(key.substring(separator() + 1));
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private int separator() {
    int at = key.lastIndexOf('|');
    if (at < 0) {
      throw malformed();
    }
    return at;
  }

  /** The key as a number, for lists ordered by a sequence. */
  public long number() {
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  static ProblemException malformed() {
    return new ProblemException(
        400, ProblemType.MALFORMED_REQUEST, "Malformed cursor", "pass back the cursor as given");
  }
}
