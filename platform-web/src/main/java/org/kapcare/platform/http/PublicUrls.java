package org.kapcare.platform.http;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The public URLs of this service's resources. Every URL the API hands out (a {@code Location}, a
 * calendar feed's address) is the configured public base URL and the service's route prefix ({@link
 * PublicAddress}) followed by the resource's path, never the address the request came in on: the
 * services sit behind the gateway, and the caller's {@code Host} and {@code X-Forwarded-*} headers
 * are not read at all (a forged one would make the service hand out links elsewhere).
 */
@Unremovable // Created finds it by lookup: a service that never injects it still needs it.
@ApplicationScoped
public class PublicUrls {

  private static final String KEPT = "-._~!$&'()*+,;=:@";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The public URL of this service's root, without a trailing slash. */
  private final String root;

  PublicUrls(PublicAddress address) {
    this.root = withoutTrailingSlash(address.baseUrl()) + address.pathPrefix().orElse("");
  }

  /**
   * The public URL of a path of this service given as its segments, each encoded: {@code
   * of("calendar-feeds", token + ".ics")}.
   */
  public URI of(Object... segments) {
    return URI.create(root + encoded(segments));
  }

  /**
   * The public URL of the request's own path followed by {@code segments}: where a POST to a
   * collection puts what it created. Only the path is taken from the request, never its host.
   */
  public URI below(UriInfo request, Object... segments) {
    return below(request.getBaseUri(), request.getAbsolutePath(), segments);
  }

  /** As {@link #below(UriInfo, Object...)}, from the request's base URI and absolute path. */
  URI below(URI requestBase, URI requestPath, Object... segments) {
    String base = requestBase.getRawPath();
    String path = requestPath.getRawPath();
    String own = path.startsWith(base) ? path.substring(base.length()) : path;
    own = withoutTrailingSlash(own.startsWith("/") ? own.substring(1) : own);
    return URI.create(root + (own.isEmpty() ? "" : "/" + own) + encoded(segments));
  }

  private static String encoded(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/');
      for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xff);
        if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
          out.append(c);
        } else {
          out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
      }
    }
    return out.toString();
  }

  private static String withoutTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
