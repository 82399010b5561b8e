package dk.aarshjul.documents.application;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * How a document's HTML page names an image stored beside it ({@link DocumentStore#attach}): an
 * {@code attached:} address in place of the image itself. A status round's charts are stored once and named
 * by the draft's and the final's pages; the page people fetch gets them back as data URIs ({@link #inline}),
 * so it still carries its images in itself. Before, every page was stored with its charts as base64, two
 * copies of most of a megabyte per round beside the charts themselves.
 */
public final class ImageAddresses {

  public static final String SCHEME = "attached";
  private static final byte[] OPENING = ("\"" + SCHEME + ":").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DATA_URI_PREFIX = "data:image/png;base64,".getBytes(StandardCharsets.US_ASCII);

  private ImageAddresses() {
  }

  /** The address a page names the image {@code name} by. */
  public static String uri(String name) {
    return SCHEME + ":" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  public static boolean isAddress(String uri) {
    return uri.startsWith(SCHEME + ":");
  }

  /** The name of the image an address names; null for another address. */
  public static String name(String uri) {
    return isAddress(uri) ? URLDecoder.decode(uri.substring(SCHEME.length() + 1), StandardCharsets.UTF_8) : null;
  }

  /** Whether the page (UTF-8) names any image by its address. */
  public static boolean namesImages(byte[] page) {
    return indexOf(page, OPENING, 0) >= 0;
  }

  /**
   * The page (UTF-8) with each image it names, and {@code images} holds, as a data URI; an address of no
   * such image stays as it is (the reader sees the image's alternative text). Written in one pass, on bytes:
   * the page with its charts is most of a megabyte.
   */
  public static byte[] inline(byte[] page, Map<String, byte[]> images) {
    ByteArrayOutputStream inlined = null;
    int from = 0;
    for (int at = indexOf(page, OPENING, 0); at >= 0; at = indexOf(page, OPENING, at + 1)) {
      int closing = indexOf(page, new byte[] {'"'}, at + 1);
      byte[] png = closing < 0 ? null : images.get(name(new String(page, at + 1, closing - at - 1, StandardCharsets.US_ASCII)));
      if (png != null) {
        if (inlined == null) {
          inlined = new ByteArrayOutputStream(inlinedSize(page, sizes(images)));
        }
        inlined.write(page, from, at + 1 - from);
        inlined.writeBytes(DATA_URI_PREFIX);
        inlined.writeBytes(Base64.getEncoder().encode(png));
        from = closing;
      }
    }
    if (inlined == null) {
      return page;
    }
    inlined.write(page, from, page.length - from);
    return inlined.toByteArray();
  }

  /**
   * How long {@link #inline} makes the page, without making it and without the images' bytes, from their sizes
   * (name → bytes): what a listing tells as the document's size.
   */
  public static int inlinedSize(byte[] page, Map<String, Integer> imageSizes) {
    long size = page.length;
    for (int at = indexOf(page, OPENING, 0); at >= 0; at = indexOf(page, OPENING, at + 1)) {
      int closing = indexOf(page, new byte[] {'"'}, at + 1);
      Integer png = closing < 0 ? null : imageSizes.get(name(new String(page, at + 1, closing - at - 1, StandardCharsets.US_ASCII)));
      if (png != null) {
        size += DATA_URI_PREFIX.length + 4L * ((png + 2) / 3) - (closing - at - 1);
      }
    }
    return Math.toIntExact(size);
  }

  public static Map<String, Integer> sizes(Map<String, byte[]> images) {
    Map<String, Integer> sizes = new java.util.HashMap<>();
    images.forEach((name, png) -> sizes.put(name, png.length));
    return sizes;
  }

  private static int indexOf(byte[] page, byte[] wanted, int from) {
    outer:
    for (int i = from; i <= page.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (page[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
