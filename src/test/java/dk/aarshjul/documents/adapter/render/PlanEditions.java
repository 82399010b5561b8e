package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.application.PlanEdition;
import java.util.List;

/** Plan documents as the planning feature hands them to the renderer: a proposal in consultation and an adopted plan. */
final class PlanEditions {

  private PlanEditions() {}

  /** "FORSLAG", version 3: two focus areas, pejlemærker as a list, a consultation response, no decision yet. */
  static PlanEdition aProposalInConsultation() {
    return new PlanEdition("p2", "Beskæftigelsesplan 2027", "Tårnby Kommune", "Planperiode 2027", 3, true, "1. oktober 2026 kl. 10:00",
        List.of(new PlanEdition.Area("1", "Unge", "Flere unge i job og uddannelse.", List.of("Unge under 30 år", "Unge forsørgere"),
                List.of("Flere unge i uddannelse", "Færre unge på ydelse"),
                List.of(new PlanEdition.GoalLine("1.1", "Færre unge på uddannelseshjælp", "Uddannelseshjælp", "fra 2,9 % til 2,2 %", "2,9 %",
                    "31. december 2027"))),
            new PlanEdition.Area("2", "Sygedagpenge", "", List.of("Sygemeldte"), List.of(),
                List.of(new PlanEdition.GoalLine("2.1", "Færre på sygedagpenge", "Sygedagpenge", "fra 741 til 690", "741", "31. december 2027")))),
        List.of(), List.of(new PlanEdition.ConsultationLine("Det lokale beskæftigelsesråd", "Bemærkninger", "Husk de små virksomheder.")));
  }

  /** The same plan adopted in version 4: the committee's recommendation and the council's adoption. */
  static PlanEdition anAdoptedPlan() {
    PlanEdition proposal = aProposalInConsultation();
    return new PlanEdition(proposal.planId(), proposal.planTitle(), proposal.municipalityName(), proposal.period(), 4, false,
        "16. december 2026 kl. 09:00", proposal.focusAreas(),
        List.of(new PlanEdition.DecisionLine("Beskæftigelsesudvalget", "Tårnby", "Indstillet", 4, "2. december 2026 kl. 17:00",
                "Udvalgssekretær Tårnby", ""),
            new PlanEdition.DecisionLine("Kommunalbestyrelsen", "Tårnby", "Vedtaget", 4, "15. december 2026 kl. 19:30",
                "Kommunalbestyrelsens sekretariat Tårnby", "Vedtaget enstemmigt")),
        proposal.consultations());
  }
}
