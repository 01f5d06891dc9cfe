package org.kapcare.platform.http;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, with the cursor of the next page ({@code null} on the last). Lists are
 * keyset-paged: a cursor names the last item seen, so pages stay stable while items are added.
 */
public record Page<T>(
    List<T> items,
    @Schema(
            description =
                "The cursor of the next page (pass it back as `cursor`); null on the last",
            example =
                "MjAyNi0xMS0yN1QwOTowMDowMFp8MmE0ZTliMTMtNmMyZC00ZjhlLThhMTEtNWI3ZDNjOWU0YTAx")
        String next) {}
