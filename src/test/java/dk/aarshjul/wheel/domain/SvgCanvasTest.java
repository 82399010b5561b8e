package dk.aarshjul.wheel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The wheel's SVG read back as XML: every step with its state, the late ones, today, the months, title and description. */
public class SvgCanvasTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** Tårnby's 2026: the plan for 2027 at the committee, its draft done, the request late; three rounds done, one running. */
  public static YearWheel aTaarnbyYear2026() {
    return new YearWheel("taarnby", "Tårnby Kommune", 2026, 2027, TODAY, List.of(
        cycle("1", "Udarbejd udkast til fokusområder og mål", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), StepState.DONE,
            "/api/plans/p1/plan-document?format=pdf"),
        cycle("2", "Send udkastet i høring", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), StepState.LATE,
            "/camunda/app/tasklist/default/#/?task=t-2"),
        cycle("3", "Afgiv høringssvar", null, null, StepState.NOT_STARTED, null),
        cycle("4", "Udvalget indstiller planen", null, LocalDate.of(2026, 12, 1), StepState.NOT_STARTED, null),
        cycle("5", "Kommunalbestyrelsen vedtager planen", null, LocalDate.of(2026, 12, 31), StepState.NOT_STARTED, null),
        round("K4", "Status for 4. kvartal 2025", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), StepState.DONE),
        round("K1", "Status for 1. kvartal 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), StepState.DONE),
        round("K2", "Status for 2. kvartal 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), StepState.SKIPPED),
        round("K3", "Status for 3. kvartal 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 10), StepState.RUNNING)));
  }

  static WheelStep cycle(String mark, String name, LocalDate from, LocalDate due, StepState state, String href) {
    return new WheelStep(WheelStep.Kind.CYCLE, mark, name, from, due, state, TODAY, href, href == null ? null : "Åbn");
  }

  static WheelStep round(String mark, String name, LocalDate from, LocalDate due, StepState state) {
    return new WheelStep(WheelStep.Kind.ROUND, mark, name, from, due, state, TODAY, null, null);
  }

  final String svg = SvgCanvas.svg(aTaarnbyYear2026(), "taarnby", 900);
  final Document xml = parse(svg);

  @Test
  void thePictureIsAnImageLabelledByItsTitleAndDescriptionInDanish() {
    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("role")).as("its steps link to tasks and documents: a group, not an image hiding them")
        .isEqualTo("group");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("wheel-taarnby-title");
    assertThat(root.getAttribute("aria-describedby")).isEqualTo("wheel-taarnby-desc");
    assertThat(text("/svg/*[1]")).as("the title comes first").isEqualTo("Årshjul 2026 for Tårnby Kommune");
    assertThat(xpath("/svg/*[1]/@id")).isEqualTo("wheel-taarnby-title");
    assertThat(xpath("/svg/*[2]/@id")).isEqualTo("wheel-taarnby-desc");
    assertThat(text("/svg/*[2]")).startsWith("I dag er det 1. december 2026.")
        .contains("Årshjulet viser planen for 2027")
        .contains("3 af 9 trin er udførte.")
        .contains("I gang: Status for 3. kvartal 2026 (frist 10. december 2026).")
        .contains("Forsinket: Send udkastet i høring (forsinket 77 dage).");
  }

  @Test
  void everyPlacedStepIsAGroupWithItsStateAsClassAndInItsTitle() {
    for (WheelStep step : aTaarnbyYear2026().steps()) {
      if (!step.placed()) {
        assertThat(nodes("//*[@id='wheel-taarnby-step-" + step.mark() + "']").getLength())
            .as("%s has no deadline: listed beside the wheel, not drawn on it", step.name()).isZero();
        continue;
      }
      String group = "//*[local-name()='g'][@id='wheel-taarnby-step-" + step.mark() + "']";
      assertThat(xpath(group + "/@class")).isEqualTo("step " + step.state().cssClass());
      assertThat(text(group + "/*[local-name()='title']")).isEqualTo(step.title()).contains(step.state() == StepState.LATE
          ? "forsinket" : step.state().danish());
    }
    assertThat(nodes("//*[local-name()='g'][starts-with(@class,'step ')]").getLength()).isEqualTo(8);
  }

  @Test
  void aLateStepSaysHowLateInWordsIsHatchedAndBadgedWithAnExclamationMark() {
    String late = "//*[local-name()='g'][@id='wheel-taarnby-step-2']";
    assertThat(text(late + "/*[local-name()='title']")).isEqualTo("Send udkastet i høring – frist 15. september 2026 – forsinket 77 dage");
    assertThat(xpath("//*[local-name()='g'][@id='wheel-taarnby-arc-2']/*[local-name()='path']/@fill"))
        .isEqualTo("url(#wheel-taarnby-hatched)");
    assertThat(xpath("//*[local-name()='g'][@id='wheel-taarnby-arc-2']/@class")).isEqualTo("arc state-late");
    assertThat(nodes("//*[local-name()='pattern'][@id='wheel-taarnby-hatched']").getLength()).isEqualTo(1);
    assertThat(xpath(late + "/*[local-name()='circle'][1]/@fill")).isEqualTo(StepState.LATE.fill());
    assertThat(nodes(late + "/*[local-name()='line']").getLength()).as("the exclamation mark's stroke").isEqualTo(1);
  }

  @Test
  void aWheelWithoutLinksIsAnImage() {
    YearWheel plain = new YearWheel("x", "Ishøj Kommune", 2026, 2027, TODAY, List.of(
        cycle("1", "Udkast", null, LocalDate.of(2026, 9, 1), StepState.NOT_STARTED, null)));
    Element root = parse(SvgCanvas.svg(plain, "x", 300)).getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("wheel-x-title");
  }

  @Test
  void stepsLinkToTheirTaskOrDocumentNamedByTheirTitle() {
    assertThat(xpath("//*[local-name()='a'][*[@id='wheel-taarnby-step-2']]/@aria-label"))
        .isEqualTo("Send udkastet i høring – frist 15. september 2026 – forsinket 77 dage");
    assertThat(xpath("//*[local-name()='a'][*[@id='wheel-taarnby-step-2']]/@href")).isEqualTo("/camunda/app/tasklist/default/#/?task=t-2");
    assertThat(xpath("//*[local-name()='a'][*[@id='wheel-taarnby-step-1']]/@href")).isEqualTo("/api/plans/p1/plan-document?format=pdf");
    assertThat(nodes("//*[local-name()='a'][*[@id='wheel-taarnby-step-4']]").getLength()).as("nothing to open yet").isZero();
  }

  @Test
  void theTwelveMonthsAreNamedInDanishAroundTheRing() {
    NodeList months = nodes("//*[@id='wheel-taarnby-months']/*[local-name()='text']");
    assertThat(months.getLength()).isEqualTo(12);
    assertThat(months.item(0).getTextContent()).isEqualTo("januar");
    assertThat(months.item(8).getTextContent()).isEqualTo("september");
    assertThat(months.item(11).getTextContent()).isEqualTo("december");
  }

  @Test
  void todayIsMarkedWhereItFallsAndNotOnAnotherYearsWheel() {
    assertThat(text("//*[@id='wheel-taarnby-today']/*[local-name()='title']")).isEqualTo("I dag: 1. december 2026");
    double x2 = Double.parseDouble(xpath("//*[@id='wheel-taarnby-today']/*[local-name()='line']/@x2"));
    double y2 = Double.parseDouble(xpath("//*[@id='wheel-taarnby-today']/*[local-name()='line']/@y2"));
    // 1 December is day 335 of 365: 330 degrees, an eleven o'clock on the wheel
    double angle = Math.toDegrees(Math.atan2(x2 - WheelDrawing.CX, WheelDrawing.CY - y2));
    assertThat(angle + 360).isCloseTo(330.0, org.assertj.core.api.Assertions.within(1.0));

    YearWheel earlier = new YearWheel("taarnby", "Tårnby Kommune", 2025, 2026, TODAY, List.of());
    assertThat(SvgCanvas.svg(earlier, "taarnby", 900)).doesNotContain("wheel-taarnby-today");
  }

  @Test
  void theLegendNamesEveryStateAndEveryStepInWords() {
    String legend = text("//*[@id='wheel-taarnby-legend']");
    for (StepState state : StepState.values()) {
      assertThat(legend).contains(state.danish());
    }
    assertThat(legend).contains("Udarbejd udkast til fokusområder og mål").contains("Afgiv høringssvar").contains("ingen frist endnu")
        .contains("Status for 3. kvartal 2026").contains("forsinket 77 dage");
  }

  @Test
  void badgesOfNearDeadlinesDoNotOverlapWhateverTheOrderOfTheSteps() {
    LocalDate december = LocalDate.of(2026, 12, 1);
    YearWheel crowded = new YearWheel("b", "Brøndby Kommune", 2026, 2027, TODAY, List.of(
        cycle("1", "Udkast", null, december.plusDays(14), StepState.NOT_STARTED, null),
        cycle("2", "Høring", null, december.plusDays(21), StepState.NOT_STARTED, null),
        cycle("5", "Udvalget", null, december, StepState.NOT_STARTED, null),
        cycle("6", "Byrådet", null, december.plusDays(30), StepState.NOT_STARTED, null),
        round("K3", "Status", december.minusDays(60), december.plusDays(9), StepState.RUNNING)));
    Document drawn = parse(SvgCanvas.svg(crowded, "b", 900));
    List<double[]> centres = new java.util.ArrayList<>();
    for (String mark : List.of("1", "2", "5", "6", "K3")) {
      Element badge = (Element) ((Element) nodes(drawn, "//*[@id='wheel-b-step-" + mark + "']").item(0))
          .getElementsByTagName("circle").item(0);
      centres.add(new double[] {Double.parseDouble(badge.getAttribute("cx")), Double.parseDouble(badge.getAttribute("cy"))});
    }
    for (int i = 0; i < centres.size(); i++) {
      for (int j = i + 1; j < centres.size(); j++) {
        assertThat(Math.hypot(centres.get(i)[0] - centres.get(j)[0], centres.get(i)[1] - centres.get(j)[1]))
            .as("badges %d and %d", i, j).isGreaterThanOrEqualTo(2 * WheelDrawing.BADGE);
      }
    }
  }

  @Test
  void textIsEscaped() {
    YearWheel odd = new YearWheel("x", "A & B <Kommune>", 2026, 2027, TODAY, List.of(
        cycle("1", "Trin \"1\" & <2>", null, LocalDate.of(2026, 3, 1), StepState.DONE, "/a?b=1&c=2")));
    String text = SvgCanvas.svg(odd, "x", 300);
    assertThat(parse(text).getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Årshjul 2026 for A & B <Kommune>");
    assertThat(text).contains("href=\"/a?b=1&amp;c=2\"");
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + svg, e);
    }
  }

  private String xpath(String expression) {
    try {
      return XPathFactory.newInstance().newXPath().evaluate(expression, xml);
    } catch (Exception e) {
      throw new AssertionError(expression, e);
    }
  }

  private String text(String expression) {
    return xpath(expression);
  }

  private NodeList nodes(String expression) {
    return nodes(xml, expression);
  }

  private static NodeList nodes(Document document, String expression) {
    try {
      return (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.NODESET);
    } catch (Exception e) {
      throw new AssertionError(expression, e);
    }
  }
}
