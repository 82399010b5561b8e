package dk.aarshjul.documents.application;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private static final byte[] QUOTE = {'"'};
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
    List<Address> named = addresses(page, images.keySet());
    if (named.isEmpty()) {
      return page;
    }
    ByteArrayOutputStream inlined = new ByteArrayOutputStream(inlinedSize(page, sizes(images)));
    int from = 0;
    for (Address address : named) {
      inlined.write(page, from, address.start() - from);
      inlined.writeBytes(DATA_URI_PREFIX);
      inlined.writeBytes(Base64.getEncoder().encode(images.get(address.name())));
      from = address.end();
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
    for (Address address : addresses(page, imageSizes.keySet())) {
      size += DATA_URI_PREFIX.length + 4L * ((imageSizes.get(address.name()) + 2) / 3) - (address.end() - address.start());
    }
    return Math.toIntExact(size);
  }

  public static Map<String, Integer> sizes(Map<String, byte[]> images) {
    Map<String, Integer> sizes = new HashMap<>();
    images.forEach((name, png) -> sizes.put(name, png.length));
    return sizes;
  }

  /** Where an address stands in the page, between its quotes, and the image it names. */
  private record Address(int start, int end, String name) {}

  /** The page's quoted addresses of images among {@code known}, in order. */
  private static List<Address> addresses(byte[] page, Set<String> known) {
    List<Address> found = new ArrayList<>();
    for (int at = indexOf(page, OPENING, 0); at >= 0; at = indexOf(page, OPENING, at + 1)) {
      int closing = indexOf(page, QUOTE, at + 1);
      if (closing < 0) {
        break;
      }
      String name = name(new String(page, at + 1, closing - at - 1, StandardCharsets.US_ASCII));
      if (known.contains(name)) {
        found.add(new Address(at + 1, closing, name));
      }
    }
    return found;
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
