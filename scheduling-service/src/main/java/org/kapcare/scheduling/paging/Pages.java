package org.kapcare.scheduling.paging;

import java.util.List;
import java.util.function.Function;
import org.kapcare.platform.http.Page;

/** Turns a keyset query's rows into a {@link Page}. */
public final class Pages {

  private Pages() {}

  /**
   * The first {@code limit} of {@code rows} as views; when the query found more ({@code rows} were
   * read with {@code limit + 1}), {@code next} is the cursor of the last row shown.
   */
  public static <R, V> Page<V> of(
      List<R> rows, int limit, Function<R, V> view, Function<R, String> cursorOf) {
    List<V> items = rows.stream().limit(limit).map(view).toList();
    String next = rows.size() > limit ? cursorOf.apply(rows.get(limit - 1)) : null;
    return new Page<>(items, next);
  }
}
