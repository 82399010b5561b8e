package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
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
  void goesIntoAPdfAsItIsWithoutBeingCompressedAgain() throws Exception {
    byte[] png = Png.encode(drawing(640, 300));

    try (PDDocument pdf = new PDDocument()) {
      PDImageXObject image = PDImageXObject.createFromByteArray(pdf, png, "chart.png");
      byte[] stream;
      try (InputStream raw = image.getCOSObject().createRawInputStream()) {
        stream = raw.readAllBytes();
      }

      assertThat(stream).isEqualTo(idat(png));
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
