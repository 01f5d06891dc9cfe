package org.kapcare.gateway.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects which parts of a view are missing and why. */
final class Missing {

  private final List<String> parts = new ArrayList<>();
  private final Map<String, String> reasons = new LinkedHashMap<>();

  /** The part's value, or null (noted as missing). */
  <T> T take(String name, Part<T> part) {
    if (part.present()) {
      return part.value();
    }
    if (!reasons.containsKey(name)) {
      parts.add(name);
      reasons.put(name, part.missing());
    }
    return null;
  }

  List<String> parts() {
    return List.copyOf(parts);
  }

  Map<String, String> reasons() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
  }
}
