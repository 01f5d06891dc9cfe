package org.kapcare.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of routes (the partner allow-list, the public routes): entries {@code METHOD /api/path},
 * where {@code *} stands for one path segment and a trailing {@code /**} for any rest.
 */
public final class RouteList {

  private record Entry(String method, Pattern path) {}

  private final List<Entry> entries;

  public RouteList(List<String> allowed) {
    this.entries = allowed.stream().map(RouteList::parse).toList();
  }

  public boolean allows(String method, String path) {
    for (Entry entry : entries) {
      if (entry.method().equals(method) && entry.path().matcher(path).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Entry parse(String line) {
    String[] parts = line.trim().split("\\s+");
    if (parts.length != 2 || !parts[1].startsWith("/")) {
      throw new IllegalArgumentException("partner route must be 'METHOD /path': " + line);
    }
    StringBuilder regex = new StringBuilder();
    String path = parts[1];
    boolean anyRest = path.endsWith("/**");
    if (anyRest) {
      path = path.substring(0, path.length() - 3);
    }
    for (String segment : path.substring(1).split("/", -1)) {
      regex.append('/').append("*".equals(segment) ? "[^/]+" : Pattern.quote(segment));
    }
    if (anyRest) {
      regex.append("(/.*)?");
    }
    return new Entry(parts[0].toUpperCase(Locale.ROOT), Pattern.compile(regex.toString()));
  }
}
