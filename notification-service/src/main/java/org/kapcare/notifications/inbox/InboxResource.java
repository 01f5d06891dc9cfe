package org.kapcare.notifications.inbox;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.kapcare.notifications.recipient.StaffSignIn;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/** The caller's own in-app inbox; nobody reads another person's. */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The in-app inbox, its live stream, and acknowledgments")
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
public class InboxResource {

  private static final Clock WALL_CLOCK = Clock.systemUTC();

  private final Inbox inbox;
  private final InboxStream stream;
  private final Caller caller;
  private final StaffSignIn staff;
  private final JsonWebToken token;

  InboxResource(
      Inbox inbox, InboxStream stream, Caller caller, StaffSignIn staff, JsonWebToken token) {
    this.inbox = inbox;
    this.stream = stream;
    this.caller = caller;
    this.staff = staff;
    this.token = token;
  }

  @GET
  @Operation(summary = "My inbox, newest first", description = "Cursor-paged.")
  @APIResponse(responseCode = "200", description = "One page of items")
  public Page<InboxItemView> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
    staff.know();
    return inbox.list(cursor, limit);
  }

  @GET
  @Path("/unread-count")
  @Operation(summary = "How many of my items are unread")
  @APIResponse(responseCode = "200", description = "The count")
  public UnreadCount unreadCount() {
    staff.know();
    return new UnreadCount(inbox.unreadCount());
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Blocking
  @Operation(
      summary = "Live: my new items as server-sent events",
      description =
          "Each event's id is the item's id. The stream ends when the token that opened it expires"
              + " (its exp); reconnect with a fresh token and Last-Event-ID to get what arrived"
              + " after that item first.")
  @APIResponse(
      responseCode = "200",
      description =
          "An event stream, until the token expires: per new item an event whose id is the item's"
              + " id and whose data is the item as JSON (InboxItemView)",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Last-Event-ID is not an inbox item id")
  @APIResponse(responseCode = "404", description = "Last-Event-ID names no item in my inbox")
  public Multi<OutboundSseEvent> stream(
      @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
    UUID me = UUID.fromString(caller.id());
    InboxItem seen =
        lastEventId == null || lastEventId.isBlank() ? null : inbox.get(id(lastEventId));
    // The token's exp is wall-clock time, as the OIDC layer checks it (not the policy clock).
    Duration open =
        Duration.between(WALL_CLOCK.instant(), Instant.ofEpochSecond(token.getExpirationTime()));
    return stream
        .of(me, () -> seen == null ? List.of() : inbox.after(me, seen), open)
        .map(
            item ->
                sse.newEventBuilder()
                    .id(item.id().toString())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(InboxItemView.class, item)
                    .build());
  }

  @GET
  @Path("/{itemId}")
  @Operation(summary = "One of my items")
  @APIResponse(responseCode = "200", description = "The item, with its ETag")
  @APIResponse(responseCode = "404", description = "No such item in my inbox")
  public RestResponse<InboxItemView> get(@PathParam("itemId") UUID itemId) {
    return withTag(inbox.get(itemId));
  }

  @POST
  @Path("/{itemId}/read")
  @Operation(summary = "Mark one of my items read")
  @APIResponse(responseCode = "200", description = "Marked read")
  @APIResponse(responseCode = "404", description = "No such item in my inbox")
  public RestResponse<InboxItemView> markRead(@PathParam("itemId") UUID itemId) {
    return withTag(inbox.markRead(itemId));
  }

  @POST
  @Path("/{itemId}/acknowledge")
  @Operation(
      summary = "Acknowledge an alert or handoff",
      description =
          "Stops the escalation of an urgent alert and tells the team who saw it."
              + " If-Match is optional; a stale one is refused.")
  @APIResponse(responseCode = "200", description = "Acknowledged (again)")
  @APIResponse(responseCode = "404", description = "No such item in my inbox")
  @APIResponse(responseCode = "409", description = "This item needs no acknowledgment")
  @APIResponse(responseCode = "412", description = "The item changed since it was read")
  public RestResponse<InboxItemView> acknowledge(
      @PathParam("itemId") UUID itemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(inbox.acknowledge(itemId, ifMatch));
  }

  private static UUID id(String lastEventId) {
    try {
      return UUID.fromString(lastEventId.strip());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          400,
          ProblemType.MALFORMED_REQUEST,
          "Malformed request",
          "Last-Event-ID must be the id of an item of this stream");
    }
  }

  /** The unread count. */
  public record UnreadCount(long unread) {}

  private static RestResponse<InboxItemView> withTag(InboxItem item) {
    return EntityVersions.ok(InboxItemView.of(item), item.version);
  }
}
