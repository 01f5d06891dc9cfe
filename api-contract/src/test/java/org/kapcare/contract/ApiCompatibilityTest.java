package org.kapcare.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed document may replace the last released one only as the versioning policy allows,
 * and the check that says so does catch each kind of breaking change.
 */
class ApiCompatibilityTest {

  private static final Path ROOT = Path.of(System.getProperty("kap.root", "..")).toAbsolutePath();
  private static final JsonNode COMMITTED = ApiDocument.read(ROOT.resolve(ApiDocument.COMMITTED));
  private static final String BOOKING = "/api/scheduling/appointments";

  @Test
  void theCommittedDocumentKeepsEveryClientOfTheLastReleaseWorking() throws IOException {
    Path released = lastRelease();
    ApiCompatibility.Verdict verdict =
        ApiCompatibility.check(Files.readString(released), COMMITTED.toString());
    assertTrue(
        verdict.allowed(),
        () ->
            "docs/openapi/kap-care.json breaks clients of "
                + released.getFileName()
                + " without a new major version (info.version "
                + verdict.currentVersion()
                + "):\n"
                + verdict.changes());
  }

  @Test
  void aRemovedOperationIsBreaking() {
    ObjectNode changed = COMMITTED.deepCopy();
    ((ObjectNode) changed.get("paths").get(BOOKING)).remove("post");
    assertRefused(changed);
  }

  @Test
  void aNewRequiredRequestFieldIsBreaking() {
    ObjectNode changed = COMMITTED.deepCopy();
    ObjectNode schema = requestSchema(changed, BOOKING, "post");
    ((ObjectNode) schema.withObjectProperty("properties"))
        .putObject("referralCode")
        .put("type", "string");
    ((ArrayNode) schema.withArrayProperty("required")).add("referralCode");
    assertRefused(changed);
  }

  @Test
  void aNarrowedParameterTypeIsBreaking() {
    ObjectNode changed = COMMITTED.deepCopy();
    for (JsonNode parameter : changed.get("paths").get(BOOKING).get("get").get("parameters")) {
      if (parameter.get("name").asText().equals("limit")) {
        ((ObjectNode) parameter.get("schema")).put("maximum", 5);
      }
    }
    assertRefused(changed);
  }

  @Test
  void aBreakingChangeIsAllowedWithANewMajorVersion() {
    ObjectNode changed = COMMITTED.deepCopy();
    ((ObjectNode) changed.get("paths").get(BOOKING)).remove("post");
    ((ObjectNode) changed.get("info")).put("version", nextMajor(changed));
    assertTrue(ApiCompatibility.check(COMMITTED.toString(), changed.toString()).allowed());
  }

  @Test
  void aNewOperationIsNotBreaking() {
    ObjectNode changed = COMMITTED.deepCopy();
    ObjectNode added = ((ObjectNode) changed.get("paths")).putObject("/api/scheduling/ping");
    added.set("get", changed.get("paths").get(BOOKING).get("get").deepCopy());
    ((ObjectNode) added.get("get")).put("operationId", "schedulingPing");
    ApiCompatibility.Verdict verdict =
        ApiCompatibility.check(COMMITTED.toString(), changed.toString());
    assertFalse(verdict.breaking(), verdict.changes());
  }

  private static void assertRefused(JsonNode changed) {
    ApiCompatibility.Verdict verdict =
        ApiCompatibility.check(COMMITTED.toString(), changed.toString());
    assertTrue(verdict.breaking(), "openapi-diff saw nothing breaking:\n" + verdict.changes());
    assertFalse(verdict.allowed(), "a breaking change was allowed without a new major version");
  }

  /** The schema of an operation's JSON request body, resolved through components. */
  private static ObjectNode requestSchema(JsonNode document, String path, String method) {
    JsonNode schema =
        document
            .get("paths")
            .get(path)
            .get(method)
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("schema");
    String ref = schema.path("$ref").asText("");
    return (ObjectNode) (ref.isEmpty() ? schema : document.at(ref.substring(1)));
  }

  private static String nextMajor(JsonNode document) {
    return (ApiCompatibility.major(document.get("info").get("version").asText()) + 1) + ".0.0";
  }

  /** The released document with the highest version. */
  private static Path lastRelease() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(ApiDocument.RELEASED))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .max(Comparator.comparing(ApiCompatibilityTest::version))
          .orElseThrow(() -> new AssertionError("no released document in docs/openapi/released"));
    }
  }

  private static Version version(Path file) {
    String[] parts = file.getFileName().toString().replace(".json", "").split("\\.");
    return new Version(
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  private record Version(int major, int minor, int patch) implements Comparable<Version> {
    @Override
    public int compareTo(Version other) {
      return Comparator.comparingInt(Version::major)
          .thenComparingInt(Version::minor)
          .thenComparingInt(Version::patch)
          .compare(this, other);
    }
  }
}
