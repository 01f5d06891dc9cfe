package org.kapcare.notifications.channel.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.kapcare.notifications.channel.SendFailedException;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.template.RenderedMessage;

/** E-mail over SMTP (Quarkus Mailer). The provider message id is the Message-ID we set. */
@ApplicationScoped
public class EmailChannel {

  private final Mailer mailer;
  private final NotificationPolicy policy;

  EmailChannel(Mailer mailer, NotificationPolicy policy) {
    this.mailer = mailer;
    this.policy = policy;
  }

  /** Sends and returns the message id. */
  public String send(UUID deliveryId, String to, RenderedMessage message) {
    String messageId = "<" + deliveryId + "@notification.kapcare>";
    Mail mail =
        Mail.withText(to, message.subject(), message.body())
            .setFrom(policy.clinic().emailFrom())
            .addHeader("Message-ID", messageId);
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      throw new SendFailedException("smtp: " + e.getClass().getSimpleName(), e);
    }
    return messageId;
  }
}
