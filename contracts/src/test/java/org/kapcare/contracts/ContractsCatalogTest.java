package org.kapcare.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.scheduling.AppointmentChanged;

/** docs/asyncapi.yaml documents every event type and every payload field of the contracts. */
class ContractsCatalogTest {

  private static JsonNode catalog;
  private static List<Class<?>> events;

  @BeforeAll
  static void load() throws IOException, ClassNotFoundException {
    catalog =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of(System.getProperty("kap.catalog", "../docs/asyncapi.yaml")).toFile());
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> names =
          files
              .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
              .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
              .toList();
      events = new java.util.ArrayList<>();
      for (String name : names) {
        Class<?> type = Class.forName(name);
        if (type.isRecord() && DomainEvent.class.isAssignableFrom(type)) {
          events.add(type);
        }
      }
    }
  }

  @Test
  void everyEventTypeHasAMessage() throws ReflectiveOperationException {
    Set<String> documented = new HashSet<>();
    catalog
        .path("components")
        .path("messages")
        .forEach(m -> documented.add(m.path("name").asText()));
    Set<String> declared = new HashSet<>();
    for (Class<?> event : events) {
      if (event == AppointmentChanged.class) {
        Arrays.stream(AppointmentChanged.Step.values()).forEach(s -> declared.add(s.type));
      } else {
        declared.add((String) event.getField("TYPE").get(null));
      }
    }
    assertFalse(declared.isEmpty());
    assertEquals(declared, documented);
  }

  @Test
  void everyPayloadFieldIsDocumented() {
    for (Class<?> event : events) {
      JsonNode schema = catalog.path("components").path("schemas").path(event.getSimpleName());
      assertTrue(schema.isObject(), event.getSimpleName() + " has no schema");
      Set<String> documented = new HashSet<>();
      schema.path("properties").fieldNames().forEachRemaining(documented::add);
      Set<String> fields =
          Arrays.stream(event.getRecordComponents())
              .map(c -> c.getName())
              .collect(Collectors.toSet());
      assertEquals(fields, documented, event.getSimpleName());
    }
  }

  @Test
  void versionedTypeNamesFollowTheConvention() {
    catalog
        .path("components")
        .path("messages")
        .forEach(
            m ->
                assertTrue(
                    m.path("name").asText().matches("org\\.kapcare\\.[a-z]+\\.[A-Za-z]+\\.v\\d+"),
                    m.path("name").asText()));
  }
}
