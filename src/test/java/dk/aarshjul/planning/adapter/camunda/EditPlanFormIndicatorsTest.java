package dk.aarshjul.planning.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.indicators.domain.Indicator;
import dk.aarshjul.testing.Catalogues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plan editor (forms/edit-plan.form) tells the planner whether an empty baseline is filled from the
 * official figures, with the indicators that have an official source written into its expressions: they
 * must be the catalogue's, or a planner is told a baseline is fetched that never is (or must be typed in
 * when it would be fetched).
 */
class EditPlanFormIndicatorsTest {

  private static final Pattern INDICATOR_LIST = Pattern.compile("list contains\\(\\[([^\\]]*)\\], this\\.indicatorCode\\)");

  @Test
  void theIndicatorsTheEditorSaysHaveOfficialFiguresAreTheCataloguesWithAnOfficialSource() throws Exception {
    String form = Files.readString(Path.of("forms", "edit-plan.form")).replace("\\\"", "\"");
    List<Set<String>> lists = new ArrayList<>();
    Matcher m = INDICATOR_LIST.matcher(form);
    while (m.find()) {
      lists.add(Pattern.compile(",").splitAsStream(m.group(1)).map(code -> code.strip().replace("\"", ""))
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    Set<String> official = Catalogues.INDICATORS.all().stream().map(Indicator::code).filter(Catalogues.SOURCES::official)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(lists).as("the editor's lists of indicators with official figures").hasSize(3);
    assertThat(lists).allSatisfy(list -> assertThat(list).isEqualTo(official));
  }

  @Test
  void anIndicatorEnteredByStaffHasNoOfficialSource() {
    assertThat(Catalogues.SOURCES.official("pct-arbejdsstyrken-a-dagpenge")).isTrue();
    assertThat(Catalogues.SOURCES.official("optalt-aktivitet")).isFalse();
  }
}
