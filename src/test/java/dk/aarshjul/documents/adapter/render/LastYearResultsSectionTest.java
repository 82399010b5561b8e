package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.testing.Documents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Resultater for <år>" in a plan document: one section of the template, so in the PDF, the Word document and the HTML alike. */
class LastYearResultsSectionTest {

  @Test
  void theResultsOfLastYearStandBeforeTheFocusAreasInEveryFormat() throws Exception {
    PlanEdition edition = new PlanEdition("p3", "Beskæftigelsesplan 2027", "Tårnby Kommune", "Planperiode 2027", 1, true,
        "2. juni 2026 kl. 06:00",
        List.of(new PlanEdition.Area("1", "Unge", "", List.of("Unge under 30 år"), List.of(),
            List.of(new PlanEdition.GoalLine("1.1", "Færre unge på uddannelseshjælp", "Uddannelseshjælp", "fra 2,9 % til 2,2 %", "2,9 %",
                "31. december 2027")))),
        List.of(), List.of(),
        new PlanEdition.LastYearResults("Resultater for 2026",
            "Status for 1. kvartal 2026 på Beskæftigelsesplan 2026 for Tårnby Kommune, som udvalget blev orienteret om.",
            List.of(new PlanEdition.ResultLine("1.1", "Færre unge på uddannelseshjælp", "AT_RISK", "Usikker",
                "Mål: fra 2,9 % til 2,4 %. Seneste tal: 2,7 % (1. kvartal 2026).", "Indsatsen er udvidet med mentorer."))), null);

    Map<DocumentFormat, byte[]> documents = TemplateDocumentRendererTest.RENDERER.plan(edition);

    String html = new String(documents.get(DocumentFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html.indexOf("Resultater for 2026")).as("before the focus areas").isLessThan(html.indexOf("1 Unge"));
    assertThat(html).contains("<th scope=\"col\">Kommentar til udvalget</th>", "status status-AT_RISK");
    assertThat(Documents.pdfText(documents.get(DocumentFormat.PDF)).replaceAll("\\s+", " "))
        .contains("Resultater for 2026", "Usikker", "Seneste tal: 2,7 % (1. kvartal 2026).", "Indsatsen er udvidet med mentorer.");
    assertThat(Documents.docxText(documents.get(DocumentFormat.DOCX)))
        .contains("Resultater for 2026", "Usikker", "Indsatsen er udvidet med mentorer.");
    TemplateDocumentRendererTest.assertEveryWordTableFitsThePage(documents.get(DocumentFormat.DOCX));
  }
}
