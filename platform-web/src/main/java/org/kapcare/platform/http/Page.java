package org.kapcare.platform.http;

import java.util.List;

/**
 * One page of a list, with the cursor of the next page ({@code null} on the last). Lists are
 * keyset-paged: a cursor names the last item seen, so pages stay stable while items are added.
 */
public record Page<T>(List<T> items, String next) {}
