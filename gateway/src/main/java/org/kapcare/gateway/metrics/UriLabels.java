package org.kapcare.gateway.metrics;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code uri} label of the gateway's HTTP metrics: a template, never a path as it came in (it
 * would carry client ids, calendar feed secrets, or whatever a caller typed). A proxied request is
 * labelled with its route ({@code /api/records/*}), a request to one of the gateway's own
 * operations with that operation's template (also when the edge refused it before it reached the
 * operation), anything else {@value #UNMATCHED}.
 */
public final class UriLabels {

  /** The label of a path that is neither a route nor one of the gateway's own operations. */
  public static final String UNMATCHED = "UNMATCHED";

  /** Labels Quarkus itself gives (404s, redirects, preflights): already free of ids. */
  private static final Set<String> QUARKUS_LABELS =
      Set.of("NOT_FOUND", "REDIRECTION", "UNKNOWN", "root", "/cors-preflight");

  private final List<String> routePrefixes;
  private final List<Operation> operations;

  private record Operation(String template, Pattern pattern) {

    static Operation of(String template) {
      StringBuilder regex = new StringBuilder();
      for (String part : template.split("(?=\\{)|(?<=})")) {
        regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
      }
      return new Operation(template, Pattern.compile(regex.toString()));
    }
  }

  /**
   * {@code routes}: the names of the proxied routes ({@code /api/<name>/**}); {@code templates}:
   * the paths of the gateway's own operations, e.g. {@code /api/me/journey}.
   */
  UriLabels(Collection<String> routes, Collection<String> templates) {
    this.routePrefixes = routes.stream().map(name -> "/api/" + name).toList();
    this.operations = templates.stream().map(Operation::of).toList();
  }

  /** The labels of the routes and of the operations of these JAX-RS resource classes. */
  public static UriLabels of(Collection<String> routes, Collection<Class<?>> resources) {
    List<String> templates = new ArrayList<>();
    resources.forEach(resource -> templates.addAll(templates(resource)));
    return new UriLabels(routes, templates);
  }

  /** The label for what Quarkus would have written as {@code uri}. */
  public String label(String uri) {
    if (uri == null || QUARKUS_LABELS.contains(uri)) {
      return uri;
    }
    for (String prefix : routePrefixes) {
      if (uri.equals(prefix) || uri.startsWith(prefix + "/")) {
        return prefix + "/*";
      }
    }
    for (Operation operation : operations) {
      if (operation.template().equals(uri) || operation.pattern().matcher(uri).matches()) {
        return operation.template();
      }
    }
    return UNMATCHED;
  }

  /** The paths of a resource class's operations, e.g. {@code /api/me/journey}. */
  static List<String> templates(Class<?> resource) {
    String base = path(resource.getAnnotation(Path.class));
    List<String> templates = new ArrayList<>();
    for (Method method : resource.getDeclaredMethods()) {
      Path path = method.getAnnotation(Path.class);
      if (path != null) {
        templates.add(base + path(path));
      } else if (isOperation(method)) {
        templates.add(base.isEmpty() ? "/" : base);
      }
    }
    return templates;
  }

  private static boolean isOperation(Method method) {
    for (var annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  private static String path(Path path) {
    if (path == null) {
      return "";
    }
    String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
