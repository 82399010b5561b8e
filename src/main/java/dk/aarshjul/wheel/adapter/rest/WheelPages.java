package dk.aarshjul.wheel.adapter.rest;



import dk.aarshjul.shared.DanishTime;
import dk.aarshjul.shared.Markup;
import dk.aarshjul.wheel.domain.LateStep;
import dk.aarshjul.wheel.domain.StepState;
import dk.aarshjul.wheel.domain.SvgCanvas;
import dk.aarshjul.wheel.domain.WheelStep;
import dk.aarshjul.wheel.domain.YearWheel;
import java.util.List;

/**
 * The wheel's web pages: one municipality's wheel with its steps in a table beside it, the overview of every
 * municipality the caller sees, and the list of late steps. Self-contained (inline CSS, inline SVG, no
 * script), as the API's Content-Security-Policy wants.
 */
final class WheelPages {

  private static final String CSS = """
      body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;color:#1f2937;margin:0;background:#f3f4f6}
      header{background:#1f2937;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
      header a{color:#fff}header strong{font-size:1.15rem}
      main{padding:1rem 1.5rem 2rem;max-width:1400px}
      h1{font-size:1.6rem;margin:.4rem 0 .8rem}h2{font-size:1.25rem;margin:1.2rem 0 .5rem}
      .years{margin:.2rem 0 1rem}.years a{margin-right:1rem;color:#1d4ed8}
      .layout{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
      figure{margin:0;background:#fff;border:1px solid #d1d5db;border-radius:8px;padding:.5rem}
      svg.year-wheel{max-width:100%;height:auto;display:block}
      table{border-collapse:collapse;background:#fff;min-width:min(100%,40rem)}
      caption{text-align:left;font-weight:bold;padding:.4rem 0}
      th,td{border:1px solid #d1d5db;padding:.4rem .6rem;text-align:left;vertical-align:top}
      th{background:#e5e7eb}
      td.days{text-align:right}
      a{color:#1d4ed8}
      .state{font-weight:bold;white-space:nowrap}
      .state-late .state{color:#b3261e}.state-done .state{color:#1b6e36}.state-running .state{color:#1d4ed8}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
      .grid figcaption{margin-top:.4rem}
      .none{background:#fff;padding:.6rem;border:1px solid #d1d5db;display:inline-block}
      """;

  private WheelPages() {}

  static String wheel(YearWheel wheel, boolean overviewLink) {
    StringBuilder html = start(wheel.title(), overviewLink);
    html.append("<h1>").append(Markup.escape(wheel.title())).append("</h1>");
    years(html, wheel.year());
    html.append("<p>").append(Markup.escape(wheel.description())).append("</p>");
    html.append("<div class=\"layout\"><figure>").append(SvgCanvas.svg(wheel, wheel.tenantId(), 900)).append("</figure>");
    html.append("<section aria-labelledby=\"steps-heading\"><h2 id=\"steps-heading\">Trinene i ord</h2>");
    stepTable(html, "Planen for " + wheel.planYear(), wheel.steps(WheelStep.Kind.CYCLE));
    stepTable(html, "Kvartalsvis status i " + wheel.year(), wheel.steps(WheelStep.Kind.ROUND));
    html.append("</section></div>");
    return end(html);
  }

  /** Links to the year before and after, where there is one. */
  private static void years(StringBuilder html, int year) {
    html.append("<nav class=\"years\" aria-label=\"År\">");
    if (year > dk.aarshjul.shared.PlanPeriod.EARLIEST_YEAR) {
      html.append("<a href=\"?year=").append(year - 1).append("\">← ").append(year - 1).append("</a>");
    }
    if (year < WheelController.LATEST_YEAR) {
      html.append("<a href=\"?year=").append(year + 1).append("\">").append(year + 1).append(" →</a>");
    }
    html.append("</nav>");
  }

  private static void stepTable(StringBuilder html, String caption, List<WheelStep> steps) {
    if (steps.isEmpty()) {
      html.append("<p class=\"none\">").append(Markup.escape(caption)).append(": ingen trin i året.</p>");
      return;
    }
    html.append("<table class=\"steps\"><caption>").append(Markup.escape(caption)).append("</caption>")
        .append("<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Trin</th><th scope=\"col\">Frist</th>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Åbn</th></tr></thead><tbody>");
    for (WheelStep step : steps) {
      html.append("<tr class=\"step ").append(step.state().cssClass()).append("\" data-state=\"").append(step.state().name())
          .append("\"><td>").append(Markup.escape(step.mark())).append("</td><td>").append(Markup.escape(step.name())).append("</td><td>")
          .append(step.due() == null ? "ingen frist endnu" : DanishTime.date(step.due())).append("</td><td class=\"state\">")
          .append(Markup.escape(step.stateText())).append("</td><td>");
      link(html, step);
      html.append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  static String overview(int year, List<YearWheel> wheels, List<LateStep> late) {
    String title = "Årshjul " + year + " – alle kommuner";
    StringBuilder html = start(title, false);
    html.append("<h1>").append(Markup.escape(title)).append("</h1>");
    years(html, year);
    lateTable(html, late);
    html.append("<h2>Kommunernes år</h2><div class=\"grid\">");
    for (YearWheel wheel : wheels) {
      html.append("<figure>").append(SvgCanvas.svg(wheel, wheel.tenantId(), 560)).append("<figcaption><a href=\"/api/wheel/")
          .append(Markup.escape(wheel.tenantId())).append("?year=").append(year).append("\">")
          .append(Markup.escape(wheel.municipalityName())).append(": årshjulet med trinene i ord</a> – ")
          .append(wheel.late().isEmpty() ? "intet forsinket" : wheel.late().size() + " forsinket").append("</figcaption></figure>");
    }
    html.append("</div>");
    return end(html);
  }

  static String late(List<LateStep> late) {
    StringBuilder html = start("Forsinket", false);
    html.append("<h1>Forsinket</h1>");
    lateTable(html, late);
    return end(html);
  }

  private static void lateTable(StringBuilder html, List<LateStep> late) {
    if (late.isEmpty()) {
      html.append("<p class=\"none\">Intet er forsinket.</p>");
      return;
    }
    html.append("<table class=\"late\"><caption>Forsinket: trin efter fristen, de ældste først</caption><thead><tr>")
        .append("<th scope=\"col\">Kommune</th><th scope=\"col\">Trin</th><th scope=\"col\">Frist</th>")
        .append("<th scope=\"col\">Dage forsinket</th><th scope=\"col\">Åbn</th></tr></thead><tbody>");
    for (LateStep step : late) {
      html.append("<tr class=\"step ").append(StepState.LATE.cssClass()).append("\"><td>").append(Markup.escape(step.municipalityName()))
          .append("</td><td>").append(Markup.escape(step.step().name())).append("</td><td>").append(DanishTime.date(step.step().due()))
          .append("</td><td class=\"days\">").append(step.daysOverdue()).append("</td><td>");
      link(html, step.step());
      html.append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void link(StringBuilder html, WheelStep step) {
    if (step.href() != null) {
      html.append("<a href=\"").append(Markup.escape(step.href())).append("\">").append(Markup.escape(step.hrefText()))
          .append("<span class=\"visually-hidden\" style=\"position:absolute;left:-9999px\">: ")
          .append(Markup.escape(step.name())).append("</span></a>");
    }
  }

  private static StringBuilder start(String title, boolean overviewLink) {
    StringBuilder html = new StringBuilder(32_000);
    html.append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" ")
        .append("content=\"width=device-width, initial-scale=1\"><title>").append(Markup.escape(title)).append(" – Årshjul</title><style>")
        .append(CSS).append("</style></head><body><header><strong>Årshjul</strong><nav aria-label=\"Årshjul\">")
        .append("<a href=\"/api/wheel\">Årshjulet</a> · ");
    if (overviewLink) {
      html.append("<a href=\"/api/wheel/overview\">Alle kommuner</a> · ");
    }
    html.append("<a href=\"/api/wheel/late/page\">Forsinket</a> · <a href=\"/camunda/app/tasklist/default/\">Tasklist</a></nav></header><main>");
    return html;
  }

  private static String end(StringBuilder html) {
    return html.append("</main></body></html>").toString();
  }
}
