package org.kapcare.notifications.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kapcare.contracts.scheduling.LocationAdded;

/** The sites scheduling announced (a projection of LocationAdded). */
@ApplicationScoped
public class Sites {

  private final Clock clock;
  private final Map<UUID, Known> known = new ConcurrentHashMap<>();

  Sites(Clock clock) {
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void added(LocationAdded event) {
    UUID id = UUID.fromString(event.locationId());
    Site site = Site.findById(id);
    if (site == null) {
      site = new Site();
      site.locationId = id;
    }
    site.name = event.name();
    site.timeZone = event.timeZone();
    site.phone = event.phone() == null || event.phone().isBlank() ? null : event.phone();
    site.updatedAt = clock.instant();
    site.persist();
    known.remove(id);
  }

  /**
   * The site with that id, if scheduling announced it; empty for null or a malformed id. Messages
   * are rendered outside the consumer's transaction, so this reads in its own when there is none.
   * Known sites are kept in memory: a site is only ever added, so what was read stays true.
   */
  @Transactional
  public Optional<Known> find(String locationId) {
    UUID id;
    try {
      id = locationId == null ? null : UUID.fromString(locationId);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
    if (id == null) {
      return Optional.empty();
    }
    Known cached = known.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Known> found = Site.<Site>findByIdOptional(id).map(Known::of);
    found.ifPresent(site -> known.put(id, site));
    return found;
  }

  /** What a message says of a site: its name and, if it has one, its phone. */
  public record Known(String name, Optional<String> phone) {
    static Known of(Site site) {
      return new Known(site.name, Optional.ofNullable(site.phone));
    }
  }
}
