package org.kapcare.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The committed OpenAPI document, {@code docs/openapi/kap-care.json}, and how a served document is
 * held against it. Where a deployment is reached (the servers, the identity provider's URLs) is not
 * part of the contract and is left out of the comparison.
 */
public final class ApiDocument {

  /** The committed document, relative to the repository's root. */
  public static final Path COMMITTED = Path.of("docs", "openapi", "kap-care.json");

  /** The released documents partners built on, one per version, relative to the root. */
  public static final Path RELEASED = Path.of("docs", "openapi", "released");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ApiDocument() {}

  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static JsonNode parse(String document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document", e);
    }
  }

  /** Writes {@code document} as the committed file is written: indented, newline at the end. */
  public static void write(JsonNode document, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(document) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Where {@code served} differs from {@code committed} as JSON (object members in any order), as
   * JSON pointers, deployment addresses aside; empty when they agree.
   */
  public static List<String> differences(JsonNode committed, JsonNode served) {
    List<String> found = new ArrayList<>();
    compare("", contract(committed), contract(served), found);
    return found;
  }

  /** The document without what depends on the deployment. */
  static JsonNode contract(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    copy.remove("servers");
    copy.path("components")
        .path("securitySchemes")
        .forEach(
            scheme -> {
              if (scheme instanceof ObjectNode s) {
                s.remove("openIdConnectUrl");
                s.path("flows")
                    .forEach(
                        flow -> {
                          if (flow instanceof ObjectNode f) {
                            f.remove(List.of("tokenUrl", "authorizationUrl", "refreshUrl"));
                          }
                        });
              }
            });
    return copy;
  }

  private static void compare(String at, JsonNode a, JsonNode b, List<String> found) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!a.has(name)) {
          found.add(here + " (only served)");
        } else if (!b.has(name)) {
          found.add(here + " (only committed)");
        } else {
          compare(here, a.get(name), b.get(name), found);
        }
      }
    } else {
      found.add(at.isEmpty() ? "/" : at);
    }
  }
}
