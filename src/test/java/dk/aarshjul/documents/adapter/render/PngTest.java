package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.documents.domain.StatusReport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PngTest {

  @Test
  void decodesToTheSamePixels() throws Exception {
    BufferedImage image = drawing(301, 97);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

    assertThat(read.getWidth()).isEqualTo(301);
    assertThat(read.getHeight()).isEqualTo(97);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(read.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void keepsTheMostUsedColoursAndDrawsEveryOtherInTheNearestOfThem() throws Exception {
    BufferedImage image = manyColours(400, 300);
    Palette palette = Palette.of(pixels(image));

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

    assertThat(palette.size()).isEqualTo(Palette.SIZE);
    int kept = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int original = image.getRGB(x, y) & 0xffffff;
        int drawn = read.getRGB(x, y) & 0xffffff;
        int nearest = nearest(palette, original);
        assertThat(drawn).as("pixel %d,%d", x, y).isEqualTo(nearest);
        kept += drawn == original ? 1 : 0;
      }
    }
    // the 256 band colours cover all but the 300 one-pixel specks
    assertThat(kept).isEqualTo(400 * 300 - 300);
  }

  @Test
  void aChartKeepsAllButAFewEdgePixels() throws Exception {
    StatusReport report = TemplateDocumentRendererTest.aTaarnbyReport();
    byte[] png = Charts.png(report.goals().get(0));
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    BufferedImage drawn = Charts.drawn(report.goals().get(0));

    Palette palette = Palette.of(pixels(drawn));

    int changed = 0;
    List<String> notNearest = new ArrayList<>();
    java.util.Map<Integer, Integer> nearestOf = new java.util.HashMap<>();
    for (int y = 0; y < drawn.getHeight(); y++) {
      for (int x = 0; x < drawn.getWidth(); x++) {
        int original = drawn.getRGB(x, y) & 0xffffff;
        int shown = read.getRGB(x, y) & 0xffffff;
        if (shown != nearestOf.computeIfAbsent(original, colour -> nearest(palette, colour))) {
          notNearest.add(x + "," + y);
        }
        changed += shown == original ? 0 : 1;
      }
    }
    assertThat(notNearest).as("pixels not in the palette colour nearest to theirs").isEmpty();
    assertThat(read.getWidth()).isEqualTo(Charts.WIDTH * Charts.SCALE);
    assertThat(changed).as("pixels drawn in a neighbouring colour").isPositive().isLessThan(drawn.getWidth() * drawn.getHeight() / 100);
  }

  @Test
  void anImageOfManyMoreColoursBlackAmongThemHasEachInItsNearest() throws Exception {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    int[] pixels = pixels(image);
    for (int i = 0; i < pixels.length; i++) {
      // 4,096 colours, one pixel each but black, which also takes the last row and is the most used
      pixels[i] = (i & 0xf) << 20 | (i >> 4 & 0xf) << 12 | (i >> 8 & 0xf) << 4;
    }
    java.util.Arrays.fill(pixels, pixels.length - 64, pixels.length, 0x000000);
    Palette palette = Palette.of(pixels);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

    assertThat(palette.size()).isEqualTo(Palette.SIZE);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        assertThat(read.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(nearest(palette, image.getRGB(x, y) & 0xffffff));
      }
    }
    assertThat(palette.colour(0)).isZero();
    assertThat(read.getRGB(0, 0) & 0xffffff).isZero();
    assertThat(read.getRGB(63, 63) & 0xffffff).isZero();
  }

  @Test
  void keepsEveryPixelOfExactly256ColoursAndOfOnePixel() throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    int[] pixels = pixels(image);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = i << 16 | (255 - i) << 8 | i;
    }
    BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    one.setRGB(0, 0, 0x123456);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
    BufferedImage readOne = ImageIO.read(new ByteArrayInputStream(Png.encode(one)));

    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        assertThat(read.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(readOne.getRGB(0, 0) & 0xffffff).isEqualTo(0x123456);
  }

  @Test
  void goesIntoAPdfAsItIsWithoutBeingCompressedAgain() throws Exception {
    byte[] png = Png.encode(manyColours(640, 300));

    try (PDDocument pdf = new PDDocument()) {
      PDImageXObject image = PDImageXObject.createFromByteArray(pdf, png, "chart.png");
      byte[] stream;
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        stream = raw.readAllBytes();
      }

      assertThat(stream).isEqualTo(idat(png));
      assertThat(image.getColorSpace()).isInstanceOf(org.apache.pdfbox.pdmodel.graphics.color.PDIndexed.class);
      assertThat(image.getWidth()).isEqualTo(640);
    }
  }

  @Test
  void refusesAnImageWithTransparency() {
    BufferedImage transparent = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> Png.encode(transparent)).isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage drawing(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f, 0x5f, 0x9f));
    g.drawLine(0, height - 1, width - 1, 0);
    g.setColor(new Color(0xc0, 0x39, 0x2b));
    g.fillOval(width / 3, height / 4, width / 4, height / 2);
    g.dispose();
    return image;
  }

  /**
   * 256 bands of one colour each, 400 pixels or more of each, and 300 specks of one pixel each, in colours near
   * (but not among) the bands'.
   */
  private static BufferedImage manyColours(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] pixels = pixels(image);
    for (int i = 0; i < pixels.length; i++) {
      int band = i * 256 / pixels.length;
      pixels[i] = band << 16 | (255 - band) << 8 | 0x40;
    }
    for (int speck = 0; speck < 300; speck++) {
      int i = speck * (pixels.length / 300) + 7;
      pixels[i] = pixels[i] ^ (1 + speck % 3);
    }
    return image;
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  private static int nearest(Palette palette, int rgb) {
    int nearest = palette.colour(0);
    for (int i = 1; i < palette.size(); i++) {
      if (Palette.distance(palette.colour(i), rgb) < Palette.distance(nearest, rgb)) {
        nearest = palette.colour(i);
      }
    }
    return nearest;
  }

  /** The concatenated image data chunks of a PNG. */
  private static byte[] idat(byte[] png) throws Exception {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    in.skipNBytes(8);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    while (in.available() > 0) {
      int length = in.readInt();
      String type = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
      byte[] chunk = in.readNBytes(length);
      in.skipNBytes(4);
      if (type.equals("IDAT")) {
        data.write(chunk);
      }
    }
    return data.toByteArray();
  }
}
