package org.kapcare.records.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;

/**
 * Clinical notes and their amendments. There is no PUT and no DELETE: signed notes never change.
 */
@Path("/clients/{clientId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Clinical notes and their amendments")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class NoteResource {

  private final Notes notes;

  NoteResource(Notes notes) {
    this.notes = notes;
  }

  @POST
  @Operation(
      summary = "Write a note",
      description = "Care-team clinicians; signed as written. Psychotherapy notes: author only.")
  @APIResponse(
      responseCode = "201",
      description = "Signed",
      content = @Content(schema = @Schema(implementation = NoteView.class)))
  public RestResponse<NoteView> write(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull NoteRequests.Write request,
      UriInfo uri) {
    return created(uri, notes.write(clientId, request));
  }

  @POST
  @Path("{noteId}/amendments")
  @Operation(
      summary = "Amend a note",
      description = "The author only: a new note that points to the original, with the reason.")
  @APIResponse(
      responseCode = "201",
      description = "Amendment signed",
      content = @Content(schema = @Schema(implementation = NoteView.class)))
  public RestResponse<NoteView> amend(
      @PathParam("clientId") UUID clientId,
      @PathParam("noteId") UUID noteId,
      @Valid @NotNull NoteRequests.Amend request,
      UriInfo uri) {
    return created(uri, notes.amend(clientId, noteId, request));
  }

  @GET
  @Operation(summary = "The notes you may see, oldest first (at most 500)")
  @APIResponse(responseCode = "200", description = "The notes")
  public List<NoteView> list(@PathParam("clientId") UUID clientId) {
    return notes.list(clientId).stream().map(NoteView::of).toList();
  }

  @GET
  @Path("{noteId}")
  @Operation(summary = "One note")
  @APIResponse(responseCode = "200", description = "The note")
  @APIResponse(
      responseCode = "404",
      description = "No such note, or another author's psychotherapy note")
  public NoteView get(@PathParam("clientId") UUID clientId, @PathParam("noteId") UUID noteId) {
    return NoteView.of(notes.read(clientId, noteId));
  }

  private static RestResponse<NoteView> created(UriInfo uri, Note n) {
    return Created.at(Created.location("clients", n.clientId, "notes", n.id), NoteView.of(n));
  }
}
