package org.kapcare.notifications.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.policy.NotificationPolicy;

/**
 * Renders a message for a channel from the Qute templates in {@code templates/<channel>/<KIND>.txt}
 * ({@code default.txt} when a kind has none). E-mail and SMS templates only ever use the date,
 * time, clinic name and phone and the app link (domain.md §6); clinical facts appear in-app only.
 * The first line of an e-mail template is its subject ("Subject: "), of an in-app one its title.
 */
@ApplicationScoped
public class MessageTemplates {

  /** Model keys that outside channels may use. */
  private static final String[] PUBLIC_KEYS = {"startsAt", "timeZone"};

  private final Engine engine;
  private final NotificationPolicy policy;

  MessageTemplates(Engine engine, NotificationPolicy policy) {
    this.engine = engine;
    this.policy = policy;
  }

  /**
   * Renders {@code kind} for {@code channel}. {@code zone} and {@code language} are the
   * recipient's, so dates read in their own time.
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
    data.put("urgent", urgent);
    data.put("escalated", Boolean.parseBoolean(model.getOrDefault("escalated", "false")));
    data.put("dosing", "dosing".equalsIgnoreCase(model.getOrDefault("appointmentType", "")));
    data.put("adverseEvent", Boolean.parseBoolean(model.getOrDefault("adverseEvent", "false")));
    putDateAndTime(data, model.get("startsAt"), zoneOf(model, zone), locale(language));
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

  private static void putDateAndTime(
      Map<String, Object> data, String startsAt, ZoneId zone, Locale locale) {
    if (startsAt == null) {
      data.put("date", "");
      data.put("time", "");
      return;
    }
    ZonedDateTime at = Instant.parse(startsAt).atZone(zone);
    data.put(
        "date", at.format(DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", locale).withZone(zone)));
    data.put(
        "time",
        at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale))
            + " "
            + at.format(DateTimeFormatter.ofPattern("zzz", locale)));
  }

  private static Locale locale(String language) {
    return language == null || language.isBlank()
        ? Locale.ENGLISH
        : Locale.forLanguageTag(language);
  }
}
