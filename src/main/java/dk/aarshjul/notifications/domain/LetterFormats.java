package dk.aarshjul.notifications.domain;

import dk.aarshjul.notifications.domain.Letter.Action;
import dk.aarshjul.notifications.domain.Letter.Block;
import dk.aarshjul.notifications.domain.Letter.Fact;
import dk.aarshjul.notifications.domain.Letter.Facts;
import dk.aarshjul.notifications.domain.Letter.Paragraph;
import dk.aarshjul.notifications.domain.Letter.Subheading;
import dk.aarshjul.shared.Markup;

/**
 * A letter as plain text and as simple HTML: one column, real headings, a definition list for the facts,
 * links that say where they lead, the language declared, no images or layout tables, so a screen reader
 * and a text-only mail client read the same mail.
 */
public final class LetterFormats {

  private LetterFormats() {}

  public static String text(Letter letter) {
    StringBuilder text = new StringBuilder();
    for (Block block : letter.blocks()) {
      if (block instanceof Paragraph p) {
        text.append(p.text()).append("\n\n");
      } else if (block instanceof Subheading h) {
        text.append(h.level() == 2 ? h.text() + "\n" + "=".repeat(h.text().length()) : "* " + h.text()).append("\n\n");
      } else if (block instanceof Facts f) {
        f.facts().forEach(fact -> text.append(fact.label()).append(": ").append(fact.value()).append('\n'));
        text.append('\n');
      } else if (block instanceof Action a) {
        text.append(a.text()).append(":\n").append(a.url()).append("\n\n");
      }
    }
    return text.toString().stripTrailing() + "\n";
  }

  public static String html(Letter letter) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>""").append(Markup.escape(letter.subject())).append("""
        </title>
        </head>
        <body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">
        <main style="max-width:40em">
        <h1 style="font-size:22px;margin:0 0 16px">""").append(Markup.escape(letter.heading())).append("</h1>\n");
    for (Block block : letter.blocks()) {
      if (block instanceof Paragraph p) {
        html.append("<p>").append(Markup.escape(p.text()).replace("\n", "<br>\n")).append("</p>\n");
      } else if (block instanceof Subheading h) {
        html.append("<h").append(h.level()).append(h.level() == 2 ? " style=\"font-size:20px;margin:28px 0 8px\">"
            : " style=\"font-size:17px;margin:20px 0 4px\">").append(Markup.escape(h.text())).append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Facts f) {
        html.append("<dl style=\"margin:0 0 16px\">\n");
        for (Fact fact : f.facts()) {
          html.append("<dt style=\"font-weight:bold\">").append(Markup.escape(fact.label())).append("</dt>")
              .append("<dd style=\"margin:0 0 8px\">").append(Markup.escape(fact.value())).append("</dd>\n");
        }
        html.append("</dl>\n");
      } else if (block instanceof Action a) {
        html.append("<p><a href=\"").append(Markup.escape(a.url()))
            .append("\" style=\"color:#0b4f8a;font-weight:bold;text-decoration:underline\">").append(Markup.escape(a.text()))
            .append("</a></p>\n");
      }
    }
    return html.append("</main>\n</body>\n</html>\n").toString();
  }

}
