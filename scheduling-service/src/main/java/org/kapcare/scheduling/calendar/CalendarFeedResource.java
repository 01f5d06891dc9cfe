package org.kapcare.scheduling.calendar;

import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.kapcare.platform.http.PublicUrls;
import org.kapcare.platform.problem.ProblemResponses;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;

/** iCalendar (RFC 5545) feeds per provider and per client. */
@Path("/calendar-feeds")
@Tag(
    name = "Calendar feeds",
    description = "A person's appointments as an iCalendar feed at a secret, rotatable URL")
public class CalendarFeedResource {

  private final CalendarFeeds feeds;
  private final FeedRateLimiter limiter;
  private final FeedRateLimit limit;
  private final ProblemResponses problems;
  private final PublicUrls urls;

  CalendarFeedResource(
      CalendarFeeds feeds,
      FeedRateLimiter limiter,
      FeedRateLimit limit,
      ProblemResponses problems,
      PublicUrls urls) {
    this.feeds = feeds;
    this.limiter = limiter;
    this.limit = limit;
    this.problems = problems;
    this.urls = urls;
  }

  /** Whose feed to create. */
  public record FeedRequest(
      @Schema(example = "CLIENT") @NotNull CalendarFeeds.Owner owner,
      @Schema(example = ApiExamples.CLIENT) @NotNull UUID ownerId) {}

  /**
   * Where the feed is (its public URL, through the gateway); keep it secret, it is the only key.
   */
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
          "Your own feed; coordinators and admins for anyone. Rotating revokes the old URL and"
              + " tells the owner (CalendarFeedRotated).")
  @APIResponse(
      responseCode = "201",
      description = "The feed's URL",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Feed.class),
              examples = @ExampleObject(name = "feed", value = ApiExamples.FEED)))
  public Feed issue(@Valid @NotNull FeedRequest request) {
    String token = feeds.issue(request.owner(), request.ownerId());
    return new Feed(urls.of("calendar-feeds", token + ".ics").toString());
  }

  @GET
  @Path("/{token}.ics")
  @Produces("text/calendar")
  @PermitAll
  @Operation(
      summary = "The feed (no bearer token: the URL is the secret)",
      description = "Rate-limited per feed URL and per remote address (429 with Retry-After).")
  @APIResponse(
      responseCode = "200",
      description = "iCalendar text",
      content =
          @Content(
              mediaType = "text/calendar",
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "feed", value = ApiExamples.ICALENDAR)))
  @APIResponse(responseCode = "404", description = "Unknown or rotated token")
  @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After")
  public Response feed(
      @Parameter(description = "The secret of the feed's URL", example = ApiExamples.FEED_TOKEN)
          @PathParam("token")
          @Pattern(regexp = "[A-Za-z0-9_-]{20,64}")
          String token,
      @Context HttpServerRequest request) {
    long wait = limiter.take(remoteAddress(request), token);
    if (wait > 0) {
      return Response.fromResponse(
              problems.of(
                  429,
                  ProblemType.TOO_MANY_REQUESTS,
                  "Too many requests",
                  "this calendar feed was asked for too often; try again later"))
          .header("Retry-After", Long.toString(wait))
          .build();
    }
    return Response.ok(feeds.render(token), "text/calendar").build();
  }

  /** The caller's address: the connection's, or what a trusted proxy says it forwarded. */
  private String remoteAddress(HttpServerRequest request) {
    String connection =
        request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null
        && limit.trustedProxies().map(p -> p.contains(connection)).orElse(false)) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return connection;
  }
}
