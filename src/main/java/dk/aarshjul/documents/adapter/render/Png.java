package dk.aarshjul.documents.adapter.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * An opaque RGB image as a PNG of 8-bit palette indices: one byte a pixel instead of three, so a chart at
 * print scale is stored, downloaded and embedded at about half the size.
 * An image of at most 256 colours keeps every pixel. A chart has more, some 900 to 1,300, nearly all
 * of them the blends antialiasing draws at the edges of lines and letters, each on a few pixels; the palette
 * holds the 256 colours used most, and every other colour is drawn in the one of them nearest to it.
 *
 * <p>ImageIO's PNG writer reads the pixels through the generic raster API and tries every filter on every row;
 * for the charts at print scale that was most of a status report's rendering time. A PNG like this one is
 * what PDFBox puts into a PDF as it is, without decoding and compressing it again.
 */
final class Png {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int INDEXED = 3;
  private static final int FILTER_NONE = 0;

  private Png() {}

  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("Png encodes opaque RGB images (TYPE_INT_RGB) only");
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    if (pixels.length != width * height) {
      throw new IllegalArgumentException("Png encodes whole images, not part of another's pixels (getSubimage)");
    }
    Palette palette = Palette.of(pixels);
    try (ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 16)) {
      png.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(header);
      fields.writeInt(width);
      fields.writeInt(height);
      fields.writeByte(8); // bits per index
      fields.writeByte(INDEXED);
      fields.writeByte(0); // deflate
      fields.writeByte(0); // adaptive filtering, one filter type per row
      fields.writeByte(0); // not interlaced
      chunk(png, "IHDR", header.toByteArray());
      chunk(png, "PLTE", palette.entries());
      chunk(png, "IDAT", rows(pixels, palette, width, height));
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of indices unfiltered ("None"), compressed at deflate's fastest level: a chart's long runs of one
   * colour compress about as well that way as with a filter or a slower level, in a fraction of the time.
   */
  private static byte[] rows(int[] pixels, Palette palette, int width, int height) throws IOException {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 32);
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      byte[] row = new byte[1 + width];
      row[0] = FILTER_NONE;
      int last = ~pixels[0];
      byte index = 0;
      for (int y = 0; y < height; y++) {
        int offset = y * width;
        for (int x = 0; x < width; x++) {
          int rgb = pixels[offset + x];
          if (rgb != last) {
            last = rgb;
            index = (byte) palette.indexOf(rgb);
          }
          row[1 + x] = index;
        }
        out.write(row);
      }
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
