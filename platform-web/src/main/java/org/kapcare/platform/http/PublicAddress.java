package org.kapcare.platform.http;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * Where the outside world reaches this service: the clinic's public base URL (the gateway's) and
 * the gateway's route prefix of this service. Every URL the API hands out starts with both ({@link
 * PublicUrls}).
 */
@ConfigMapping(prefix = "kap.public")
public interface PublicAddress {

  /**
   * The base URL clients reach the API at, scheme and host (and port, and a path if an ingress adds
   * one), without a trailing route: {@code https://clinic.example}. Production: {@code
   * KAP_PUBLIC_URL}, required.
   */
  @Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*)?", message = "must be an http(s) base URL")
  String baseUrl();

  /**
   * The gateway's route prefix of this service ({@code /api/scheduling}, {@code /api/records},
   * {@code /api/notifications}; docs/gateway.md, Routes); none for the gateway itself.
   */
  Optional<
          @Pattern(regexp = "(/[A-Za-z0-9._~-]+)+", message = "must be like /api/scheduling")
          String>
      pathPrefix();
}
