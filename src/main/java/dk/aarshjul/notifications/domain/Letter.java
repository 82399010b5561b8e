package dk.aarshjul.notifications.domain;

import java.util.List;
import java.util.Objects;

/**
 * One mail as a short sequence of blocks, so its plain text and its HTML come from one model and cannot
 * say different things ({@link LetterFormats}).
 */
public record Letter(String subject, String heading, List<Block> blocks) {

  public Letter {
    Objects.requireNonNull(subject);
    Objects.requireNonNull(heading);
    blocks = List.copyOf(blocks);
  }

  public sealed interface Block permits Paragraph, Subheading, Facts, Action {}

  public record Paragraph(String text) implements Block {}

  /** A heading within the mail, e.g. "Nye opgaver" in a digest. */
  public record Subheading(String text) implements Block {}

  /** Labelled values: "Frist: 31. oktober 2026". */
  public record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  public record Fact(String label, String value) {}

  /** A link with a text that says where it leads. */
  public record Action(String text, String url) implements Block {}
}
