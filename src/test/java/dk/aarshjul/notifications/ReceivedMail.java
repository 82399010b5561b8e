package dk.aarshjul.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A mail as GreenMail received it: who it went to, its subject, and its plain text and HTML parts. */
record ReceivedMail(String to, String toName, String from, String subject, String text, String html, byte[] raw) {

  static ReceivedMail of(MimeMessage message) {
    try {
      InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      return new ReceivedMail(to.getAddress(), to.getPersonal(), ((InternetAddress) message.getFrom()[0]).toUnicodeString(),
          message.getSubject(), lines(part(message, "text/plain")), lines(part(message, "text/html")), raw.toByteArray());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SMTP carries lines ended by CR LF; read as the letter was written. */
  private static String lines(String text) {
    return text == null ? null : text.replace("\r\n", "\n");
  }

  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Writes the mail to target/mails/{name}.eml, .txt and .html, to be read by a person. */
  ReceivedMail dump(String name) {
    try {
      Path dir = Path.of("target", "mails");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".eml"), raw);
      Files.writeString(dir.resolve(name + ".txt"), "To: " + toName + " <" + to + ">\nFrom: " + from + "\nSubject: " + subject
          + "\n\n" + text, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
