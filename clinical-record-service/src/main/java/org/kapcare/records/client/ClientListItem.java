package org.kapcare.records.client;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client as the staff's client list shows them: who they are and where they stand, nothing more
 * (no contact details, no clinical content).
 */
@Schema(name = "ClientListItem")
public record ClientListItem(
    @Schema(description = "The client's Keycloak user id", example = ClientResource.CLIENT_ID)
        UUID id,
    @Schema(example = "Kerry") String givenName,
    @Schema(example = "Lane") String familyName,
    @Schema(description = "The name the client goes by, if they gave one", example = "Kez")
        String preferredName,
    @Schema(example = "1988-04-12") LocalDate dateOfBirth,
    @Schema(example = "CARE_TEAM_ASSIGNED") ClientStatus status,
    @Schema(
            description = "The care team's primary clinician; null while no team is assigned",
            example = ClientResource.PRIMARY_CLINICIAN_ID)
        UUID primaryClinicianId) {}
