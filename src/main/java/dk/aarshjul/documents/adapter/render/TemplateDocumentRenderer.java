package dk.aarshjul.documents.adapter.render;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentRenderer;
import dk.aarshjul.documents.application.PlanEdition;
import dk.aarshjul.documents.domain.ChartDescription;
import dk.aarshjul.documents.domain.GoalReport;
import dk.aarshjul.documents.domain.StatusReport;
import dk.aarshjul.documents.domain.StatusReportEdition;
import dk.aarshjul.shared.DanishTime;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Documents from HTML templates ({@code templates/documents/}): the HTML page itself, a PDF made from it by
 * openhtmltopdf with embedded Liberation fonts that is both archivable (PDF/A-2u: sRGB output intent, the
 * PDF/A identification in its XMP, images without interpolation) and accessible (PDF/UA-1: tagged, with
 * alternative texts and the document's language), and a Word document made from the same page
 * ({@link HtmlToWord}), so each document has one layout in all three formats.
 */
@Component
public class TemplateDocumentRenderer implements DocumentRenderer {

  static {
    System.setProperty("java.awt.headless", "true");
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  static final String FONT_FAMILY = "Liberation Sans";
  /** The colour space every colour of the PDF is in: PDF/A asks for it as the output intent. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final TemplateEngine templates = new TemplateEngine();
  private final String css;
  private final byte[] regular;
  private final byte[] bold;

  public TemplateDocumentRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/documents/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
    css = new String(resource("templates/documents/document.css"), StandardCharsets.UTF_8) + StatusColours.css();
    regular = PdfFonts.withoutSubstitutions(resource("liberation/LiberationSans-Regular.ttf"));
    bold = PdfFonts.withoutSubstitutions(resource("liberation/LiberationSans-Bold.ttf"));
  }

  @Override
  public Map<String, byte[]> charts(StatusReport report) {
    Map<String, byte[]> charts = new LinkedHashMap<>();
    for (GoalReport goal : report.goals()) {
      byte[] png = Charts.png(goal);
      if (png != null) {
        charts.put(goal.ref(), png);
      }
    }
    return charts;
  }

  @Override
  public Map<DocumentFormat, byte[]> statusReport(StatusReportEdition edition, Map<String, byte[]> charts, Set<DocumentFormat> formats) {
    Map<DocumentFormat, byte[]> documents = new EnumMap<>(DocumentFormat.class);
    String page = statusReportPage(edition, charts);
    AttachedImages images = new AttachedImages(charts);
    if (formats.contains(DocumentFormat.HTML)) {
      documents.put(DocumentFormat.HTML, page.getBytes(StandardCharsets.UTF_8));
    }
    if (formats.contains(DocumentFormat.PDF)) {
      documents.put(DocumentFormat.PDF, pdf(page, images));
    }
    if (formats.contains(DocumentFormat.DOCX)) {
      documents.put(DocumentFormat.DOCX, HtmlToWord.convert(page, images));
    }
    return documents;
  }

  /**
   * The report's page with each chart named by its {@link AttachedImages attached} address: the PDF and Word
   * take the charts as they are; the HTML page is stored so, beside the charts, and gets them as data URIs
   * when people fetch it ({@link dk.aarshjul.documents.application.ImageAddresses#inline}).
   */
  private String statusReportPage(StatusReportEdition edition, Map<String, byte[]> charts) {
    StatusReport report = edition.report();
    Map<String, String> chartUris = new LinkedHashMap<>();
    Map<String, String> chartTexts = new LinkedHashMap<>();
    for (GoalReport goal : report.goals()) {
      if (charts.get(goal.ref()) != null) {
        chartUris.put(goal.ref(), AttachedImages.uri(goal.ref()));
        chartTexts.put(goal.ref(), ChartDescription.of(goal));
      }
    }
    Context context = new Context(Locale.forLanguageTag("da-DK"));
    context.setVariable("edition", edition);
    context.setVariable("report", report);
    context.setVariable("css", css);
    context.setVariable("assessedAt", DanishTime.dateTime(report.assessedAt()));
    context.setVariable("summary", report.summary());
    context.setVariable("charts", chartUris);
    context.setVariable("chartTexts", chartTexts);
    return templates.process("status-report", context);
  }

  @Override
  public Map<DocumentFormat, byte[]> plan(PlanEdition edition) {
    Context context = new Context(Locale.forLanguageTag("da-DK"));
    context.setVariable("edition", edition);
    context.setVariable("css", css);
    String html = templates.process("plan", context);
    Map<DocumentFormat, byte[]> documents = new EnumMap<>(DocumentFormat.class);
    documents.put(DocumentFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
    documents.put(DocumentFormat.PDF, pdf(html, AttachedImages.NONE));
    documents.put(DocumentFormat.DOCX, HtmlToWord.convert(html, AttachedImages.NONE));
    return documents;
  }

  private byte[] pdf(String html, AttachedImages images) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(SRGB);
      builder.useProtocolsStreamImplementation(images.streams(), AttachedImages.SCHEME);
      builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Missing " + path, e);
    }
  }
}
