package org.kapcare.notifications.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.kapcare.notifications.channel.SendFailedException;

/** SMS through the HTTP provider adapter; answers the provider's message id. */
@ApplicationScoped
public class SmsChannel {

  private final SmsProviderApi api;
  private final SmsProviderConfig config;

  SmsChannel(@RestClient SmsProviderApi api, SmsProviderConfig config) {
    this.api = api;
    this.config = config;
  }

  public String send(String to, String text) {
    String credentials = config.accountSid() + ":" + config.authToken();
    String authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    try {
      SmsProviderResponse response =
          api.send(config.accountSid(), authorization, to, config.from(), text);
      if (response == null || response.sid() == null) {
        throw new SendFailedException("sms: no message id in the provider's answer");
      }
      return response.sid();
    } catch (WebApplicationException e) {
      throw new SendFailedException("sms: provider answered " + e.getResponse().getStatus(), e);
    } catch (ProcessingException e) {
      throw new SendFailedException("sms: provider unreachable", e);
    }
  }
}
