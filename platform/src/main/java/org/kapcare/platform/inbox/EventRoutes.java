package org.kapcare.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which effect each event type has for one consumer. Types without a route are not this consumer's
 * business and are skipped (consumers ignore what they do not know).
 */
public final class EventRoutes {

  private final Map<String, Consumer<InboundEvent>> routes;

  private EventRoutes(Map<String, Consumer<InboundEvent>> routes) {
    this.routes = Map.copyOf(routes);
  }

  public static Builder builder() {
    return new Builder();
  }

  boolean handles(String type) {
    return routes.containsKey(type);
  }

  void apply(InboundEvent event) {
    routes.get(event.type()).accept(event);
  }

  /** Collects the routes of one consumer. */
  public static final class Builder {
    private final Map<String, Consumer<InboundEvent>> routes = new HashMap<>();

    /** Events of {@code type} have their data read as {@code data} and given to {@code effect}. */
    public <T> Builder on(String type, Class<T> data, Consumer<T> effect) {
      routes.put(type, event -> effect.accept(event.data(data)));
      return this;
    }

    public EventRoutes build() {
      return new EventRoutes(routes);
    }
  }
}
