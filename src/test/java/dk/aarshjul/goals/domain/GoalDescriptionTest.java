package dk.aarshjul.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.goals.domain.kinds.BaselineToTarget;
import dk.aarshjul.testing.ExamplePlanFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalDescriptionTest {

  private static final java.util.function.Function<Benchmark, String> NAMES =
      b -> b.equals(Benchmark.country()) ? "hele landet" : b.toString();

  @Test
  void describesTheSeedGoalsInDanish() {
    List<String> sentences = new ArrayList<>();
    for (String name : ExamplePlanFiles.NAMES) {
      ExamplePlanFiles.content(name).focusAreas()
          .forEach(area -> area.goals().forEach(goal -> sentences.add(GoalDescription.danish(goal, NAMES))));
    }
    assertThat(sentences).contains(
        "fra 741 fuldtidspersoner (2015) til 690 fuldtidspersoner, senest 31. december 2017",
        "højst 2,3 procent af befolkningen, senest 31. december 2017",
        "forskellen til hele landet (3,9 mod 2,8 procent i 2. kvartal 2019) mindskes med 0,5 procentpoint, senest 31. december 2020",
        "en stigning på 5 % fra 11,1 procent (2. kvartal 2019), senest 31. december 2020",
        "ikke højere end i 2019, senest 31. december 2020",
        "mindst 33 procent, senest 31. december 2020",
        "blandt den bedste tredjedel af landets kommuner (lavest er bedst), senest 31. december 2021",
        "mindst 0,5 procentpoint under hele landet, senest 31. december 2023",
        "på niveau med hele landet, senest 31. december 2021",
        "stigende fra 2018, senest 31. december 2023",
        "2 kampagner blandt lokale virksomheder pr. år, senest 31. december 2017");
  }

  @Test
  void aRankGoalsShareOfTheMunicipalitiesIsWrittenInWords() {
    assertThat(GoalDescription.best(1, 2)).isEqualTo("den bedste halvdel");
    assertThat(GoalDescription.best(1, 3)).isEqualTo("den bedste tredjedel");
    assertThat(GoalDescription.best(1, 4)).isEqualTo("den bedste fjerdedel");
    assertThat(GoalDescription.best(2, 3)).isEqualTo("de bedste to tredjedele");
    assertThat(GoalDescription.best(3, 4)).isEqualTo("de bedste tre fjerdedele");
    assertThat(GoalDescription.best(3, 11)).as("no word for elevenths").isEqualTo("de bedste 3/11");
  }

  @Test
  void aBaselineTheSourceDoesNotGiveIsNotStatedNeverZero() {
    Goal seed = ExamplePlanFiles.content("vallensbaek-2017").focusAreas().stream()
        .flatMap(area -> area.goals().stream()).filter(g -> g.kind() == BaselineToTarget.KIND).findFirst().orElseThrow();
    Goal suppressed = seed.withBaseline(new Measurement(null, seed.baseline().period()));

    assertThat(GoalDescription.danish(suppressed, NAMES))
        .isEqualTo("fra ikke oplyst (2015) til 690 fuldtidspersoner, senest 31. december 2017");
  }
}
