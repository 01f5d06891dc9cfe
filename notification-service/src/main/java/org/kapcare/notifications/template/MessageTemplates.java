package org.kapcare.notifications.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kapcare.notifications.message.CancellationReason;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.site.Sites;

/**
 * Renders a message for a channel from the Qute templates in {@code templates/<channel>/<KIND>.txt}
 * ({@code default.txt} when a kind has none). E-mail and SMS templates only ever use the date,
 * time, clinic name, the appointment's site and its phone (the clinic's when the site is unknown or
 * has none) and the app link (domain.md §6), and for account notices who did it (the person or
 * staff) and until when; clinical facts appear in-app only. The first line of an e-mail template is
 * its subject ("Subject: "), of an in-app one its title.
 */
@ApplicationScoped
public class MessageTemplates {

  /** Model keys that outside channels may use. */
  private static final String[] PUBLIC_KEYS = {"startsAt", "timeZone"};

  private final Engine engine;
  private final NotificationPolicy policy;
  private final Sites sites;

  MessageTemplates(Engine engine, NotificationPolicy policy, Sites sites) {
    this.engine = engine;
    this.policy = policy;
    this.sites = sites;
  }

  /**
   * Renders {@code kind} for {@code channel}. {@code zone} and {@code language} are the
   * recipient's: an appointment's date and time are those where it happens ({@code timeZone} of the
   * model), with the recipient's own clock beside them when it reads otherwise; other dates read in
   * the recipient's time.
   */
  public RenderedMessage render(
      MessageKind kind,
      Channel channel,
      Map<String, String> model,
      boolean urgent,
      ZoneId zone,
      String language) {
    Map<String, Object> data = new HashMap<>();
    if (channel == Channel.IN_APP) {
      data.putAll(model);
    } else {
      for (String key : PUBLIC_KEYS) {
        if (model.containsKey(key)) {
          data.put(key, model.get(key));
        }
      }
    }
    data.put("clinicName", policy.clinic().name());
    data.put("clinicPhone", policy.clinic().phone());
    data.put("appLink", policy.clinic().appLink());
    // Where the appointment is and whom to call about it: its site, the clinic's when unknown.
    Optional<Sites.Known> site = sites.find(model.get("locationId"));
    data.put("siteKnown", site.isPresent());
    data.put("siteName", site.map(Sites.Known::name).orElse(policy.clinic().name()));
    data.put("sitePhone", site.flatMap(Sites.Known::phone).orElse(policy.clinic().phone()));
    data.put("urgent", urgent);
    data.put("escalated", Boolean.parseBoolean(model.getOrDefault("escalated", "false")));
    data.put("dosing", "dosing".equalsIgnoreCase(model.getOrDefault("appointmentType", "")));
    data.put("adverseEvent", Boolean.parseBoolean(model.getOrDefault("adverseEvent", "false")));
    ZoneId readerZone = zoneOf(model, zone);
    putDateAndTime(data, model.get("startsAt"), placeOf(model), readerZone, locale(language));
    // Account notices: who did it (the person or staff) and until when; no other detail.
    data.put("bySelf", "SELF".equals(model.get("actor")));
    if (model.get("until") != null) {
      data.put(
          "untilDate",
          AppointmentTime.date(
              Instant.parse(model.get("until")).atZone(readerZone), locale(language)));
    }
    // A cancellation reason is only ever the phrase of a known code, never the event's text.
    data.remove("reason");
    CancellationReason.of(model.get("reason"))
        .flatMap(CancellationReason::phrase)
        .ifPresent(phrase -> data.put("reasonPhrase", phrase));
    TemplateInstance instance = template(channel, kind);
    data.forEach(instance::data);
    String text = instance.render().strip();
    return split(channel, text);
  }

  private TemplateInstance template(Channel channel, MessageKind kind) {
    String folder = channel.name().toLowerCase(Locale.ROOT).replace("_", "");
    Template template = engine.getTemplate(folder + "/" + kind.name());
    if (template == null) {
      template = engine.getTemplate(folder + "/default");
    }
    if (template == null) {
      throw new IllegalStateException("no template for " + kind + " on " + channel);
    }
    return template.instance();
  }

  private static RenderedMessage split(Channel channel, String text) {
    if (channel == Channel.SMS) {
      return new RenderedMessage(null, text);
    }
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    String rest = newline < 0 ? "" : text.substring(newline + 1).strip();
    return new RenderedMessage(first.replaceFirst("^Subject: ", "").strip(), rest);
  }

  private static ZoneId zoneOf(Map<String, String> model, ZoneId recipientZone) {
    if (recipientZone != null) {
      return recipientZone;
    }
    String zone = model.get("timeZone");
    return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
  }

  /** Where the appointment happens: the event's zone, null when it did not say. */
  private static ZoneId placeOf(Map<String, String> model) {
    String zone = model.get("timeZone");
    return zone == null ? null : ZoneId.of(zone);
  }

  /** {@code date} and {@code time}: where the appointment happens, and the reader's own clock. */
  private static void putDateAndTime(
      Map<String, Object> data, String startsAt, ZoneId place, ZoneId reader, Locale locale) {
    if (startsAt == null) {
      data.put("date", "");
      data.put("time", "");
      return;
    }
    AppointmentTime at = AppointmentTime.of(Instant.parse(startsAt), place, reader, locale);
    data.put("date", at.date());
    data.put("time", at.time());
  }

  private static Locale locale(String language) {
    return language == null || language.isBlank()
        ? Locale.ENGLISH
        : Locale.forLanguageTag(language);
  }
}
