package dk.aarshjul.documents.adapter.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A Word document (.docx) made from the same HTML page as the PDF, so a document has one layout: what the
 * template says is what Word shows. The page is read as XML, as openhtmltopdf reads it. Headings h1-h3
 * become Word's Heading 1-3, tables keep their header rows (repeated on each page) and column widths,
 * images their alternative text, and the look comes from the page's own style sheet ({@link CssRules}).
 * Nothing here knows any particular document.
 */
final class HtmlToWord {

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main", "figure",
      "figcaption", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table");
  private static final Set<String> UNSEEN = Set.of("head", "style", "script", "title", "colgroup", "col");

  /** Where paragraphs go: the document's body or a table cell. */
  interface Blocks {
    XWPFParagraph paragraph();
  }

  private final XWPFDocument doc;
  private final CssRules css;
  private final AttachedImages images;
  private final WordTables tables;

  private HtmlToWord(XWPFDocument doc, CssRules css, AttachedImages images) {
    this.doc = doc;
    this.css = css;
    this.images = images;
    this.tables = new WordTables(doc, css, this);
  }

  /** The page as a Word document; its images are data URIs or {@link AttachedImages attached} ones. */
  static byte[] convert(String html, AttachedImages images) {
    Element root = parse(html).getDocumentElement();
    CssRules css = CssRules.parse(all(root, "style").stream().map(Node::getTextContent).collect(Collectors.joining("\n")));
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      String language = root.getAttribute("lang");
      WordPage.setUp(doc, language);
      var properties = doc.getProperties().getCoreProperties();
      if (!language.isBlank()) {
        properties.getUnderlyingProperties().setLanguageProperty(language);
      }
      all(root, "title").stream().findFirst().ifPresent(title -> properties.setTitle(title.getTextContent().trim()));
      for (Element meta : all(root, "meta")) {
        switch (meta.getAttribute("name")) {
          case "author" -> properties.setCreator(meta.getAttribute("content"));
          case "subject" -> properties.setSubjectProperty(meta.getAttribute("content"));
          default -> { }
        }
      }
      Element body = all(root, "body").get(0);
      HtmlToWord converter = new HtmlToWord(doc, css, images);
      converter.blocks(body, TextStyle.PLAIN.inherit(css.of(body)).withoutBackground(), doc::createParagraph);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The element's children as paragraphs, tables and lists; loose inline content becomes a paragraph of its own. */
  void blocks(Element parent, TextStyle style, Blocks target) {
    List<Node> loose = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && UNSEEN.contains(name(element))) {
        continue;
      }
      if (!(child instanceof Element element) || !BLOCKS.contains(name(element))) {
        loose.add(child);
        continue;
      }
      paragraph(loose, style, target);
      loose.clear();
      TextStyle own = style.inherit(css.of(element));
      String name = name(element);
      if (name.matches("h[1-6]")) {
        XWPFParagraph heading = paragraph(List.of(element), style.bolder(), target);
        if (heading != null) {
          heading.setStyle(WordPage.headingStyle(name.charAt(1) - '0'));
        }
      } else if (name.equals("p") || name.equals("figcaption")) {
        paragraph(List.of(element), style, target);
      } else if (name.equals("table")) {
        tables.table(element, own);
      } else if (name.equals("ul") || name.equals("ol")) {
        list(element, own, target);
      } else {
        blocks(element, own.withoutBackground(), target);
      }
    }
    paragraph(loose, style, target);
  }

  private void list(Element list, TextStyle style, Blocks target) {
    var numbering = WordPage.list(doc, name(list).equals("ol"));
    for (Element item : children(list, "li")) {
      XWPFParagraph paragraph = paragraph(List.of(item), style, target);
      if (paragraph != null) {
        paragraph.setNumID(numbering);
      }
    }
  }

  /** The element and all it holds as one paragraph. */
  void paragraph(Element element, TextStyle style, Blocks target) {
    paragraph(List.of(element), style, target);
  }

  /** One paragraph of the nodes' text and images, or none when they hold nothing to show. */
  private XWPFParagraph paragraph(List<Node> nodes, TextStyle style, Blocks target) {
    WordRuns runs = new WordRuns(css, images);
    for (Node node : nodes) {
      runs.collect(node, style);
    }
    if (runs.isEmpty()) {
      return null;
    }
    XWPFParagraph paragraph = target.paragraph();
    TextStyle own = nodes.size() == 1 && nodes.get(0) instanceof Element element ? style.inherit(css.of(element)) : style;
    WordRuns.align(paragraph, own.align());
    runs.writeTo(paragraph);
    return paragraph;
  }

  static String name(Element element) {
    return element.getTagName().toLowerCase(Locale.ROOT);
  }

  static List<Element> children(Element parent, String... names) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && List.of(names).contains(name(element))) {
        children.add(element);
      }
    }
    return children;
  }

  private static List<Element> all(Element root, String name) {
    var nodes = root.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Document parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("The document's HTML is not well-formed XHTML", e);
    }
  }
}
