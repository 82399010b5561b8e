package dk.aarshjul.documents.adapter.render;

import dk.aarshjul.documents.application.ImageAddresses;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Images a page names by an {@code attached:} address instead of carrying them as data URIs: the PDF and
 * Word renderers take the image's bytes from here as they are, where a data URI would be encoded into the
 * page as base64, read through by the HTML parser and decoded again, for every chart of every report.
 * The HTML page is stored with these addresses too, and gets its images inlined when people fetch it
 * ({@link ImageAddresses#inline}).
 */
record AttachedImages(Map<String, byte[]> images) {

  static final String SCHEME = ImageAddresses.SCHEME;
  static final AttachedImages NONE = new AttachedImages(Map.of());

  AttachedImages {
    images = Map.copyOf(images);
  }

  static String uri(String name) {
    return ImageAddresses.uri(name);
  }

  static boolean isAttached(String uri) {
    return ImageAddresses.isAddress(uri);
  }

  /** The image an {@code attached:} address names; empty for another address or an image not attached. */
  Optional<byte[]> image(String uri) {
    if (!isAttached(uri)) {
      return Optional.empty();
    }
    return Optional.ofNullable(images.get(ImageAddresses.name(uri)));
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
