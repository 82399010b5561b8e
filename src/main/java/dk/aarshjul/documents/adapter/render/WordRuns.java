package dk.aarshjul.documents.adapter.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The inline content of one paragraph as Word runs: text with its style, line breaks and images. White
 * space is collapsed as a browser does, except where the style keeps lines ({@code white-space: pre-wrap}).
 */
final class WordRuns {

  private sealed interface Piece {}

  private record Words(String text, TextStyle style) implements Piece {}

  private record LineBreak() implements Piece {}

  private record Picture(byte[] data, PictureType type, String alt, int widthPoints, int heightPoints) implements Piece {}

  private final CssRules css;
  private final AttachedImages images;
  private final List<Piece> pieces = new ArrayList<>();

  WordRuns(CssRules css, AttachedImages images) {
    this.css = css;
    this.images = images;
  }

  void collect(Node node, TextStyle style) {
    if (node instanceof Text text) {
      words(text.getData(), style);
    } else if (node instanceof Element element) {
      String name = HtmlToWord.name(element);
      TextStyle own = switch (name) {
        case "strong", "b" -> style.bolder();
        case "em", "i" -> style.italicised();
        default -> style;
      };
      own = own.inherit(css.of(element));
      if (name.equals("br")) {
        pieces.add(new LineBreak());
      } else if (name.equals("img")) {
        picture(element, own);
      } else {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          collect(child, own);
        }
      }
    }
  }

  boolean isEmpty() {
    return pieces.stream().allMatch(piece -> piece instanceof Words words && words.text().isBlank());
  }

  void writeTo(XWPFParagraph paragraph) {
    boolean spaceBefore = true;
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece instanceof Words words) {
        String text = words.style().preserveLines() ? words.text() : words.text().replaceAll("\\s+", " ");
        if (spaceBefore && !words.style().preserveLines()) {
          text = text.stripLeading();
        }
        if (i == lastWords()) {
          text = text.stripTrailing();
        }
        if (!text.isEmpty()) {
          run(paragraph, text, words.style());
          spaceBefore = text.endsWith(" ");
        }
      } else if (piece instanceof LineBreak) {
        paragraph.createRun().addBreak();
        spaceBefore = true;
      } else if (piece instanceof Picture picture) {
        picture(paragraph.createRun(), picture);
        spaceBefore = false;
      }
    }
  }

  static void align(XWPFParagraph paragraph, String align) {
    if ("right".equals(align)) {
      paragraph.setAlignment(ParagraphAlignment.RIGHT);
    } else if ("center".equals(align)) {
      paragraph.setAlignment(ParagraphAlignment.CENTER);
    }
  }

  /** Text of the same look as the text before it joins it, so Word gets one run rather than one per element. */
  private void words(String text, TextStyle style) {
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Words before && before.style().equals(style)) {
      pieces.set(pieces.size() - 1, new Words(before.text() + text, style));
    } else {
      pieces.add(new Words(text, style));
    }
  }

  private int lastWords() {
    for (int i = pieces.size() - 1; i >= 0; i--) {
      if (pieces.get(i) instanceof Words) {
        return i;
      }
    }
    return -1;
  }

  private static void run(XWPFParagraph paragraph, String text, TextStyle style) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun run = paragraph.createRun();
      if (style.bold()) {
        run.setBold(true);
      }
      if (style.italic()) {
        run.setItalic(true);
      }
      // In the order of the schema's run properties (colour, size, shading), which strict readers expect.
      if (style.colour() != null) {
        WordColours.text(run, style.colour());
      }
      if (style.halfPoints() != null) {
        run.setFontSize(style.halfPoints() / 2.0);
      }
      if (style.background() != null) {
        WordColours.background(run, style.background());
      }
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  /**
   * An image given in the page as a data URI or attached to it, its width from the style sheet and its height
   * from its own proportions; its alternative text where there is no such image.
   */
  private void picture(Element img, TextStyle style) {
    String src = img.getAttribute("src");
    int comma = src.indexOf(',');
    byte[] data;
    PictureType type;
    if (AttachedImages.isAttached(src)) {
      data = images.image(src).orElse(null);
      type = PictureType.PNG;
    } else if (src.startsWith("data:image/") && comma >= 0 && src.substring(0, comma).endsWith(";base64")) {
      data = Base64.getDecoder().decode(src.substring(comma + 1));
      String mime = src.substring("data:".length(), src.indexOf(';'));
      type = mime.equals("image/png") ? PictureType.PNG : mime.equals("image/gif") ? PictureType.GIF : PictureType.JPEG;
    } else {
      data = null;
      type = null;
    }
    if (data == null) {
      words(img.getAttribute("alt"), style);
      return;
    }
    int[] size = pixels(data);
    double textWidth = WordPage.TEXT_WIDTH / 20.0;
    double width = Math.min(textWidth, TextStyle.points(css.of(img).get("width"), textWidth).orElse(size[0] * 0.75));
    pieces.add(new Picture(data, type, img.getAttribute("alt"), (int) Math.round(width), (int) Math.round(width * size[1] / size[0])));
  }

  /** Width and height without decoding the image: a PNG's from its header, another's from its reader. */
  private static int[] pixels(byte[] image) {
    if (image.length >= 24 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G'
        && image[12] == 'I' && image[13] == 'H' && image[14] == 'D' && image[15] == 'R') {
      java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(image, 16, 8);
      return new int[] {header.getInt(), header.getInt()};
    }
    try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException("Unreadable image in the document");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Word keeps the picture's description (its alternative text) from the name given here. */
  private static void picture(XWPFRun run, Picture picture) {
    try (ByteArrayInputStream in = new ByteArrayInputStream(picture.data())) {
      run.addPicture(in, picture.type(), picture.alt(), Units.toEMU(picture.widthPoints()), Units.toEMU(picture.heightPoints()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
