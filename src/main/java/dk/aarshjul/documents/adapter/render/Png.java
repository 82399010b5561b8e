package dk.aarshjul.documents.adapter.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
  static final int PALETTE_SIZE = 256;

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

  /**
   * The image's colours counted in an open-addressing table (a chart's pixels repeat their left neighbour
   * mostly, so a run is counted at once), the {@value #PALETTE_SIZE} used most as the palette, and each colour's
   * index into it: its own, or the nearest palette colour's, by a distance that weighs green most and blue
   * least, as the eye does.
   */
  static final class Palette {

    private static final int EMPTY = -1;

    private final int[] colours;
    private final int[] slots;
    private final int[] indices;

    private Palette(int[] colours, int[] slots, int[] indices) {
      this.colours = colours;
      this.slots = slots;
      this.indices = indices;
    }

    static Palette of(int[] pixels) {
      int[] slots = new int[4096];
      int[] counts = new int[slots.length];
      Arrays.fill(slots, EMPTY);
      int used = 0;
      int i = 0;
      while (i < pixels.length) {
        int rgb = pixels[i] & 0xffffff;
        int run = 1;
        while (i + run < pixels.length && (pixels[i + run] & 0xffffff) == rgb) {
          run++;
        }
        i += run;
        int slot = slot(slots, rgb);
        if (slots[slot] == EMPTY) {
          slots[slot] = rgb;
          if (++used * 2 > slots.length) {
            int[][] grown = grow(slots, counts);
            slots = grown[0];
            counts = grown[1];
            slot = slot(slots, rgb);
          }
        }
        counts[slot] += run;
      }
      int[] colours = mostUsed(slots, counts, used);
      int[] indices = new int[slots.length];
      for (int slot = 0; slot < slots.length; slot++) {
        if (slots[slot] != EMPTY) {
          indices[slot] = nearest(colours, slots[slot]);
        }
      }
      return new Palette(colours, slots, indices);
    }

    int size() {
      return colours.length;
    }

    int colour(int index) {
      return colours[index];
    }

    int indexOf(int rgb) {
      return indices[slot(slots, rgb & 0xffffff)];
    }

    byte[] entries() {
      byte[] entries = new byte[colours.length * 3];
      for (int i = 0; i < colours.length; i++) {
        entries[3 * i] = (byte) (colours[i] >> 16);
        entries[3 * i + 1] = (byte) (colours[i] >> 8);
        entries[3 * i + 2] = (byte) colours[i];
      }
      return entries;
    }

    private static int slot(int[] slots, int rgb) {
      int mask = slots.length - 1;
      int hash = rgb * 0x9e3779b1;
      int slot = (hash ^ hash >>> 16) & mask;
      while (slots[slot] != EMPTY && slots[slot] != rgb) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static int[][] grow(int[] slots, int[] counts) {
      int[] larger = new int[slots.length * 2];
      int[] largerCounts = new int[larger.length];
      Arrays.fill(larger, EMPTY);
      for (int slot = 0; slot < slots.length; slot++) {
        if (slots[slot] != EMPTY) {
          int moved = slot(larger, slots[slot]);
          larger[moved] = slots[slot];
          largerCounts[moved] = counts[slot];
        }
      }
      return new int[][] {larger, largerCounts};
    }

    /** The colours used most, most used first; by count, then by colour, so the same image gives the same palette. */
    private static int[] mostUsed(int[] slots, int[] counts, int used) {
      long[] byCount = new long[used];
      int n = 0;
      for (int slot = 0; slot < slots.length; slot++) {
        if (slots[slot] != EMPTY) {
          byCount[n++] = ((long) counts[slot] << 24) | slots[slot];
        }
      }
      Arrays.sort(byCount);
      int[] colours = new int[Math.min(PALETTE_SIZE, used)];
      for (int i = 0; i < colours.length; i++) {
        colours[i] = (int) (byCount[used - 1 - i] & 0xffffff);
      }
      return colours;
    }

    private static int nearest(int[] colours, int rgb) {
      int best = 0;
      long bestDistance = Long.MAX_VALUE;
      for (int i = 0; i < colours.length; i++) {
        long distance = distance(colours[i], rgb);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = i;
        }
      }
      return best;
    }

    static long distance(int a, int b) {
      long red = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
      long green = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
      long blue = (a & 0xff) - (b & 0xff);
      return 3 * red * red + 4 * green * green + 2 * blue * blue;
    }
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
