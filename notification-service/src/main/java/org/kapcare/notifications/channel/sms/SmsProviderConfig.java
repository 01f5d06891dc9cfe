package org.kapcare.notifications.channel.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The SMS provider account (base URL: {@code quarkus.rest-client.sms-provider.url}). The provider
 * is a business associate: a BAA must be in place before real numbers are used.
 */
@ConfigMapping(prefix = "kap.sms")
public interface SmsProviderConfig {

  /** Account id in the provider's URL. */
  @WithDefault("AC-local")
  String accountSid();

  /** Secret for HTTP basic authentication with the account id. */
  @WithDefault("local-secret")
  String authToken();

  /** The number messages come from. */
  @WithDefault("+15035550100")
  String from();
}
