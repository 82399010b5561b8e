package dk.aarshjul.documents.adapter.render;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
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
   * itself. Written in one pass into an array of the exact size: the page with its charts is most of a
   * megabyte, and replacing one address after the other in a {@code String} copied it, as two bytes a
   * character, once per chart.
   */
  byte[] inline(String page) {
    List<Place> places = new ArrayList<>();
    images.forEach((name, png) -> {
      String quoted = "\"" + uri(name) + "\"";
      byte[] dataUri = null;
      for (int at = page.indexOf(quoted); at >= 0; at = page.indexOf(quoted, at + quoted.length())) {
        if (dataUri == null) {
          dataUri = ("\"" + DATA_URI_PREFIX + Base64.getEncoder().encodeToString(png) + "\"").getBytes(StandardCharsets.US_ASCII);
        }
        places.add(new Place(at, at + quoted.length(), dataUri));
      }
    });
    places.sort(Comparator.comparingInt(Place::start));
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    for (Place place : places) {
      parts.add(page.substring(from, place.start()).getBytes(StandardCharsets.UTF_8));
      parts.add(place.dataUri());
      from = place.end();
    }
    parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
    byte[] inlined = new byte[parts.stream().mapToInt(part -> part.length).sum()];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, inlined, at, part.length);
      at += part.length;
    }
    return inlined;
  }

  /** Where the page names an attached image (its quoted address), and the quoted data URI that replaces it. */
  private record Place(int start, int end, byte[] dataUri) {}

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
