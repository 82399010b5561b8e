package dk.aarshjul.documents.application;


import java.util.List;
import java.util.stream.Collectors;

/** Links to a report's documents, as the Tasklist forms show them (markdown). */
public final class ReportLinks {

  private ReportLinks() {}

  public static String markdown(List<DocumentStore.StoredDocument> documents, String name) {
    if (documents.isEmpty()) {
      return name + " er ikke dannet endnu.";
    }
    return name + ": " + documents.stream()
        .map(d -> "[" + d.format().name().replace("DOCX", "Word") + "](" + d.href() + ")")
        .collect(Collectors.joining(" · "));
  }
}
