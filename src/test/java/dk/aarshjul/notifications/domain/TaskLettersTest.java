package dk.aarshjul.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLettersTest {

  static final String LINK = "https://aarshjul.kommune.example/camunda/app/tasklist/default/#/?task=t1";

  static TaskNotice aDecision() {
    return new TaskNotice("t1", "Tårnby Kommune", "Beskæftigelsesplan 2027 for Tårnby Kommune", "2027",
        "Udvalget indstiller planen", null, LocalDate.of(2026, 11, 30), null, LINK);
  }

  static TaskNotice aConsultation() {
    return new TaskNotice("t2", "Ishøj og Vallensbæk Kommuner", "Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner", "2027",
        "Afgiv høringssvar", null, LocalDate.of(2026, 9, 15), "Handicaprådet", LINK);
  }

  @Test
  void aNewTaskNamesMunicipalityPlanTaskDeadlineAndLinkInTextAndHtmlAlike() {
    Letter letter = TaskLetters.newTask("Mette Jensen", aDecision());

    assertThat(letter.subject()).isEqualTo(
        "Ny opgave: Udvalget indstiller planen – Beskæftigelsesplan 2027 for Tårnby Kommune – frist 30. november 2026");
    for (String format : List.of(LetterFormats.text(letter), LetterFormats.html(letter))) {
      assertThat(format).contains("Tårnby Kommune", "Beskæftigelsesplan 2027 for Tårnby Kommune", "2027",
          "Udvalget indstiller planen", "30. november 2026", LINK, "Kære Mette Jensen");
    }
  }

  @Test
  void aConsultationBodyIsInvitedWithTheConsultationDeadline() {
    Letter invitation = TaskLetters.newTask("Lars Nielsen", aConsultation());
    Letter reminder = TaskLetters.reminder("Lars Nielsen", aConsultation());

    assertThat(invitation.subject()).isEqualTo("Invitation til høring: Beskæftigelsesplan 2027 for Ishøj og Vallensbæk Kommuner"
        + " – høringsfrist 15. september 2026");
    assertThat(LetterFormats.text(invitation)).contains("Ishøj og Vallensbæk Kommuner inviterer Handicaprådet til at afgive "
        + "høringssvar", "Høringsfrist: 15. september 2026", "»intet svar«");
    assertThat(reminder.subject()).endsWith("– høringsfrist 15. september 2026");
    assertThat(LetterFormats.text(reminder)).contains("Husk høringssvaret fra Handicaprådet: høringsfristen er 15. september 2026.");
  }

  @Test
  void whatAPlannerWroteIsTextNeverMarkupInTheHtml() {
    TaskNotice notice = new TaskNotice("t3", "Tårnby Kommune", "Plan <script>alert(1)</script> & \"mål\"", "2027",
        "Revidér planen", null, null, null, LINK + "&x=\"y\"");

    Letter letter = TaskLetters.newTask("Anne <b>Hansen</b>", notice);

    assertThat(LetterFormats.html(letter)).doesNotContain("<script>", "<b>")
        .contains("Plan &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mål&quot;", "Anne &lt;b&gt;Hansen&lt;/b&gt;",
            "href=\"" + LINK + "&amp;x=&quot;y&quot;\"");
    assertThat(LetterFormats.text(letter)).contains("Plan <script>alert(1)</script> & \"mål\"", "Frist: ingen frist");
  }

  @Test
  void aDigestCountsAndListsTheDaysTasksOrIsNothingWhenThereAreNone() {
    LocalDate day = LocalDate.of(2026, 9, 1);

    Letter digest = TaskLetters.digest("Mette Jensen", day, List.of(aDecision(), aConsultation()), List.of(aDecision()));

    assertThat(digest.subject()).isEqualTo("Dagligt overblik fra Årshjul 1. september 2026: 2 nye opgaver og 1 påmindelse");
    String text = LetterFormats.text(digest);
    assertThat(text).contains("Nye opgaver\n===========", "Påmindelse\n==========", "* Afgiv høringssvar",
        "Høringsfrist: 15. september 2026");
    assertThat(text.indexOf("Nye opgaver")).isLessThan(text.indexOf("Påmindelse\n"));
    assertThat(LetterFormats.html(digest)).contains("<html lang=\"da\">", ">Nye opgaver</h2>", ">Afgiv høringssvar</h3>");
    assertThat(TaskLetters.digest("Mette Jensen", day, List.of(), List.of())).isNull();
  }

  @Test
  void aStatusRoundsTaskNamesItsQuarter() {
    TaskNotice review = new TaskNotice("t4", "Tårnby Kommune", "Vores plan for job (2019-2023)", "2019-2023",
        "Gennemse status og skriv kommentarer", "4. kvartal 2021", LocalDate.of(2022, 1, 20), null, LINK);

    assertThat(TaskLetters.reminder("Mette Jensen", review).subject()).isEqualTo("Påmindelse: Gennemse status og skriv "
        + "kommentarer – Vores plan for job (2019-2023), 4. kvartal 2021 – frist 20. januar 2022");
    assertThat(LetterFormats.text(TaskLetters.reminder("Mette Jensen", review)))
        .contains("Opgave: Gennemse status og skriv kommentarer, 4. kvartal 2021", "Planperiode: 2019-2023");
  }
}
