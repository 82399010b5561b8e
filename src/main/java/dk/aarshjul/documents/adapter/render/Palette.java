package dk.aarshjul.documents.adapter.render;

import java.util.Arrays;

/**
 * A PNG's palette for an image ({@link Png}): the image's colours counted in an open-addressing table (a
 * chart's pixels mostly repeat their left neighbour, so a run is counted at once), the {@value #SIZE} used most
 * as the palette, and each colour's index into it: its own, or the nearest palette colour's, by a distance that
 * weighs green most and blue least, as the eye does. The table is of plain ints: with a {@code HashMap} of
 * boxed colours the charts of a report took 58-60 ms against 47-50 ({@code RenderBenchmark}), a chart having
 * some 35,000 changes of colour to look up.
 */
final class Palette {

  static final int SIZE = 256;

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
    int[] colours = new int[Math.min(SIZE, used)];
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
