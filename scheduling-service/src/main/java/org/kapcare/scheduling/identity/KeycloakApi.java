package org.kapcare.scheduling.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The few Keycloak endpoints scheduling reads: a token for itself, a user, their realm roles. */
@RegisterRestClient(configKey = "identity")
@Path("/")
interface KeycloakApi {

  @POST
  @Path("realms/{realm}/protocol/openid-connect/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  Token token(
      @PathParam("realm") String realm,
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret);

  @GET
  @Path("admin/realms/{realm}/users/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  User user(
      @PathParam("realm") String realm,
      @PathParam("id") UUID id,
      @HeaderParam("Authorization") String authorization);

  /** Effective realm roles, composites expanded. */
  @GET
  @Path("admin/realms/{realm}/users/{id}/role-mappings/realm/composite")
  @Produces(MediaType.APPLICATION_JSON)
  List<Role> realmRoles(
      @PathParam("realm") String realm,
      @PathParam("id") UUID id,
      @HeaderParam("Authorization") String authorization);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("expires_in") long expiresIn) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(UUID id, String email, boolean enabled) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Role(String name) {}
}
