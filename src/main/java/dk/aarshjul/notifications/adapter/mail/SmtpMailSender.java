package dk.aarshjul.notifications.adapter.mail;

import dk.aarshjul.notifications.application.MailSender;
import dk.aarshjul.notifications.domain.Letter;
import dk.aarshjul.notifications.domain.LetterFormats;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** A letter as a multipart/alternative mail (plain text and HTML, UTF-8) over Spring's SMTP sender. */
@Component
class SmtpMailSender implements MailSender {

  private final ObjectProvider<JavaMailSender> mail;
  private final MailSettings settings;

  SmtpMailSender(ObjectProvider<JavaMailSender> mail, MailSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  @Override
  public void send(String toAddress, String toName, Letter letter) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail server is configured (spring.mail.host)");
    }
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
          StandardCharsets.UTF_8.name());
      InternetAddress from = new InternetAddress(settings.from(), false);
      helper.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), StandardCharsets.UTF_8.name()));
      helper.setTo(new InternetAddress(toAddress, toName, StandardCharsets.UTF_8.name()));
      helper.setSubject(letter.subject());
      helper.setText(LetterFormats.text(letter), LetterFormats.html(letter));
      message.setHeader("Content-Language", "da");
      message.setHeader("Auto-Submitted", "auto-generated");
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailSendException("Cannot write the mail to " + toAddress, e);
    }
    sender.send(message);
  }
}
