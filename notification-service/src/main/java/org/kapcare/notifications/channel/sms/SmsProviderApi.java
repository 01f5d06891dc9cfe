package org.kapcare.notifications.channel.sms;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The provider's REST API, Twilio-style: a form POST per message, answered with its sid. */
@RegisterRestClient(configKey = "sms-provider")
@Path("/2010-04-01/Accounts/{accountSid}")
interface SmsProviderApi {

  @POST
  @Path("/Messages.json")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  SmsProviderResponse send(
      @PathParam("accountSid") String accountSid,
      @HeaderParam("Authorization") String authorization,
      @FormParam("To") String to,
      @FormParam("From") String from,
      @FormParam("Body") String body);
}
