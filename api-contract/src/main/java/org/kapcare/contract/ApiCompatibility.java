package org.kapcare.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Whether a document may replace the last released one (the versioning policy of docs/build-a-
 * client.md): changes a client built on the release keeps working with (a new operation, a new
 * optional field) are always allowed; a breaking one (a removed operation, a new required field, a
 * narrowed type) only with a new major version. What breaks is openapi-diff's verdict.
 */
public final class ApiCompatibility {

  /**
   * What openapi-diff found between {@code released} and {@code current}, and the rule's answer.
   */
  public record Verdict(
      String releasedVersion, String currentVersion, boolean breaking, String changes) {

    /** A breaking change is allowed only with a new major version. */
    public boolean allowed() {
      return !breaking || major(currentVersion) > major(releasedVersion);
    }
  }

  private ApiCompatibility() {}

  /** Compares two OpenAPI documents (JSON or YAML text). */
  public static Verdict check(String released, String current) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
    return new Verdict(
        diff.getOldSpecOpenApi().getInfo().getVersion(),
        diff.getNewSpecOpenApi().getInfo().getVersion(),
        diff.isIncompatible(),
        render(diff));
  }

  static int major(String version) {
    String major = version == null ? "" : version.split("\\.", 2)[0];
    try {
      return Integer.parseInt(major);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a semantic version: " + version, e);
    }
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
