package dk.aarshjul.documents.adapter.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Images a page names by an {@code attached:} address instead of carrying them as data URIs: the PDF and
 * Word renderers take the image's bytes from here as they are, where a data URI would be encoded into the
 * page as base64, read through by the HTML parser and decoded again, for every chart of every report.
 * Only the HTML page people download carries its images in itself ({@link #inline}).
 */
record AttachedImages(Map<String, byte[]> images) {

  static final String SCHEME = "attached";
  static final AttachedImages NONE = new AttachedImages(Map.of());
  private static final String DATA_URI_PREFIX = "data:image/png;base64,";

  AttachedImages {
    images = Map.copyOf(images);
  }

  static String uri(String name) {
    return SCHEME + ":" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  static boolean isAttached(String uri) {
    return uri.startsWith(SCHEME + ":");
  }

  /** The image an {@code attached:} address names; empty for another address or an image not attached. */
  Optional<byte[]> image(String uri) {
    if (!isAttached(uri)) {
      return Optional.empty();
    }
    return Optional.ofNullable(images.get(URLDecoder.decode(uri.substring(SCHEME.length() + 1), StandardCharsets.UTF_8)));
  }

  /**
   * The page in UTF-8 with each attached image it names as a data URI, so that it carries its images in
   * itself; an address of no attached image stays as it is. Written in one pass: the page with its charts is
   * most of a megabyte, and replacing one address after the other in a {@code String} copied it, as two bytes
   * a character, once per chart.
   */
  byte[] inline(String page) {
    ByteArrayOutputStream inlined = new ByteArrayOutputStream(
        page.length() + images.values().stream().mapToInt(png -> png.length / 3 * 4 + DATA_URI_PREFIX.length() + 4).sum());
    String opening = "\"" + SCHEME + ":";
    int from = 0;
    for (int at = page.indexOf(opening); at >= 0; at = page.indexOf(opening, at + 1)) {
      int closing = page.indexOf('"', at + 1);
      Optional<byte[]> png = closing < 0 ? Optional.empty() : image(page.substring(at + 1, closing));
      if (png.isPresent()) {
        inlined.writeBytes(page.substring(from, at + 1).getBytes(StandardCharsets.UTF_8));
        inlined.writeBytes(DATA_URI_PREFIX.getBytes(StandardCharsets.US_ASCII));
        inlined.writeBytes(Base64.getEncoder().encode(png.get()));
        from = closing;
      }
    }
    inlined.writeBytes(page.substring(from).getBytes(StandardCharsets.UTF_8));
    return inlined.toByteArray();
  }

  /** The PDF renderer's way to open an attached image; an unknown one opens as nothing, and the page shows its alternative text. */
  com.openhtmltopdf.extend.FSStreamFactory streams() {
    return uri -> new com.openhtmltopdf.extend.FSStream() {
      @Override
      public InputStream getStream() {
        return image(uri).<InputStream>map(ByteArrayInputStream::new).orElse(null);
      }

      @Override
      public Reader getReader() {
        InputStream stream = getStream();
        return stream == null ? null : new InputStreamReader(stream, StandardCharsets.ISO_8859_1);
      }
    };
  }
}
