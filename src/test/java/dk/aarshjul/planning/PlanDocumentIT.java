package dk.aarshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.testing.AarshjulIntegrationTest;
import dk.aarshjul.testing.Api;
import dk.aarshjul.testing.CycleDriver;
import dk.aarshjul.testing.Documents;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan document: FORSLAG with its version for the committee, the adopted plan with its decisions after. */
@AarshjulIntegrationTest
class PlanDocumentIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void theCommitteeReadsTheProposalAndTheAdoptedPlanCarriesItsDecisions() throws Exception {
    Api api = Api.at(port);
    CycleDriver vordingborg = new CycleDriver(api, management, "vordingborg");
    String instance = vordingborg.start(2044);
    String planId = vordingborg.planId(instance);
    vordingborg.complete("planner", instance, "userTask_draftPlan", CycleDriver.draft(2044, "Færre på sygedagpenge"));
    vordingborg.complete("planner", instance, "userTask_requestConsultation", Map.of(
        "consultationBodies", Map.of("type", "Json", "value", "[\"social-partners\"]"),
        "consultationDeadline", Map.of("value", LocalDate.now().plusDays(10).toString())));
    vordingborg.complete("social-partners", instance, "userTask_consultationResponse",
        Map.of("responseText", Map.of("value", "Husk de små virksomheder")));
    vordingborg.complete("planner", instance, "userTask_revisePlan", CycleDriver.draft(2044, "Færre på sygedagpenge i 2044"));

    JsonNode committeeTask = vordingborg.task("committee", instance, "userTask_committeeRecommendation");
    String links = api.as("vordingborg.committee").get("/engine-rest/task/" + committeeTask.path("id").asText()
        + "/form-variables?deserializeValues=false").json().path("planDocumentLinks").path("value").asText();
    assertThat(links).startsWith("Planforslaget: ").contains("[PDF](/api/plans/" + planId + "/documents/");
    String proposal = Documents.pdfText(pdf(api, "vordingborg.committee", planId)).replaceAll("\\s+", " ");
    assertThat(proposal).contains("FORSLAG – version 2", "Vordingborg Kommune", "Færre på sygedagpenge i 2044",
        "Husk de små virksomheder", "Planen er endnu ikke behandlet politisk.");

    vordingborg.complete("committee", instance, "userTask_committeeRecommendation", Map.of("committeeDecision", Map.of("value", "approve")));
    vordingborg.complete("secretariat", instance, "userTask_councilAdoption", Map.of("councilDecision", Map.of("value", "approve"),
        "councilRemarks", Map.of("value", "Vedtaget enstemmigt")));
    String adopted = Documents.pdfText(pdf(api, "vordingborg.planner", planId)).replaceAll("\\s+", " ");
    org.camunda.bpm.engine.identity.User secretariat = identity.createUserQuery().userId("vordingborg.secretariat").singleResult();
    assertThat(adopted).doesNotContain("FORSLAG").contains("Politisk behandling", "Udvalget, Vordingborg Indstillet (version 2)",
        "Kommunalbestyrelsen, Vordingborg Vedtaget (version 2)", secretariat.getFirstName() + " " + secretariat.getLastName(),
        "Vedtaget enstemmigt").as("people by name, not by user id").doesNotContain("vordingborg.secretariat", "vordingborg.committee");
    String word = Documents.docxText(api.as("vordingborg.planner").getBytes("/api/plans/" + planId + "/plan-document?format=docx").bytes());
    assertThat(word).contains("Færre på sygedagpenge i 2044", "Vedtaget enstemmigt", secretariat.getFirstName() + " " + secretariat.getLastName())
        .doesNotContain("FORSLAG", "vordingborg.secretariat");

    assertThat(api.as("taarnby.planner").getBytes("/api/plans/" + planId + "/plan-document").status()).isEqualTo(404);
    assertThat(api.anonymous().getBytes("/api/plans/" + planId + "/plan-document").status()).isEqualTo(401);
    Api.Response wrongFormat = api.as("vordingborg.planner").get("/api/plans/" + planId + "/plan-document?format=odt");
    assertThat(wrongFormat.status()).isEqualTo(400);
    assertThat(wrongFormat.json().path("detail").asText()).contains("Format: skal være pdf, html eller docx");
  }

  private static byte[] pdf(Api api, String user, String planId) {
    Api.Download file = api.as(user).getBytes("/api/plans/" + planId + "/plan-document?format=pdf");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("application/pdf");
    return file.bytes();
  }
}
