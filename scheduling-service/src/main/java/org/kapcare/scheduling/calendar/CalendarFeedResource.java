package org.kapcare.scheduling.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;

/** iCalendar (RFC 5545) feeds per provider and per client. */
@Path("/calendar-feeds")
@Tag(name = "Calendar feeds")
public class CalendarFeedResource {

  private final CalendarFeeds feeds;

  CalendarFeedResource(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  /** Whose feed to create. */
  public record FeedRequest(
      @Schema(example = "CLIENT") @NotNull CalendarFeeds.Owner owner,
      @Schema(example = ApiExamples.CLIENT) @NotNull UUID ownerId) {}

  /** Where the feed is; keep the URL secret, it is the only key. */
  public record Feed(
      @Schema(
              example =
                  "https://kapcare.example/api/scheduling/calendar-feeds/"
                      + ApiExamples.FEED_TOKEN
                      + ".ics")
          String url) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @SecurityRequirement(name = "SecurityScheme")
  @RolesAllowed({
    Roles.CLIENT,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Create or rotate a secret calendar feed URL",
      description =
          "Your own feed; coordinators and admins for anyone. Rotating revokes the old URL.")
  @APIResponse(
      responseCode = "201",
      description = "The feed's URL",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Feed.class),
              examples = @ExampleObject(name = "feed", value = ApiExamples.FEED)))
  public Feed issue(@Valid @NotNull FeedRequest request, UriInfo uri) {
    String token = feeds.issue(request.owner(), request.ownerId());
    return new Feed(
        uri.getBaseUriBuilder().path("calendar-feeds").path(token + ".ics").build().toString());
  }

  @GET
  @Path("/{token}.ics")
  @Produces("text/calendar")
  @PermitAll
  @Operation(summary = "The feed (no bearer token: the URL is the secret)")
  @APIResponse(
      responseCode = "200",
      description = "iCalendar text",
      content =
          @Content(
              mediaType = "text/calendar",
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "feed", value = ApiExamples.ICALENDAR)))
  @APIResponse(responseCode = "404", description = "Unknown or rotated token")
  public String feed(
      @Parameter(description = "The secret of the feed's URL", example = ApiExamples.FEED_TOKEN)
          @PathParam("token")
          @Pattern(regexp = "[A-Za-z0-9_-]{20,64}")
          String token) {
    return feeds.render(token);
  }
}
