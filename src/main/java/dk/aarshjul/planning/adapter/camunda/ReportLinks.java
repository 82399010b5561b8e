package dk.aarshjul.planning.adapter.camunda;

import dk.aarshjul.reporting.application.DocumentStore.StoredDocument;
import java.util.List;
import java.util.stream.Collectors;

/** Links to a report's documents, as the Tasklist forms show them (markdown). */
final class ReportLinks {

  private ReportLinks() {}

  static String markdown(List<StoredDocument> documents, String name) {
    if (documents.isEmpty()) {
      return name + " er ikke dannet endnu.";
    }
    return name + ": " + documents.stream()
        .map(d -> "[" + d.format().name().replace("DOCX", "Word") + "](" + d.href() + ")")
        .collect(Collectors.joining(" · "));
  }
}
