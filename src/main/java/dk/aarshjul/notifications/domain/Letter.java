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

  /**
   * A heading within the mail: "Nye opgaver" in a digest (level 2), and each task under it (level 3).
   */
  public record Subheading(String text, int level) implements Block {
    public Subheading {
      if (level < 2 || level > 3) {
        throw new IllegalArgumentException("A letter's subheadings are of level 2 or 3: " + level);
      }
    }
  }

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
