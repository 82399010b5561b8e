package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachedImagesTest {

  private static final byte[] FIRST = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
  private static final byte[] SECOND = {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6, 7};

  @Test
  void theDownloadedPageCarriesEveryImageItNamesAsADataUriInUtf8() {
    AttachedImages images = new AttachedImages(Map.of("1.1", FIRST, "1.2", SECOND, "2.1", new byte[] {9}));
    String page = "<p>Tårnby – 1. kvartal</p><img src=\"" + AttachedImages.uri("1.2") + "\" alt=\"Ledighed −5 %\"/>"
        + "<img src=\"" + AttachedImages.uri("1.1") + "\"/><img src=\"" + AttachedImages.uri("1.2") + "\"/><p>Slut æøå</p>";

    String inlined = new String(images.inline(page), StandardCharsets.UTF_8);

    String first = "\"data:image/png;base64," + Base64.getEncoder().encodeToString(FIRST) + "\"";
    String second = "\"data:image/png;base64," + Base64.getEncoder().encodeToString(SECOND) + "\"";
    assertThat(inlined).isEqualTo("<p>Tårnby – 1. kvartal</p><img src=" + second + " alt=\"Ledighed −5 %\"/><img src=" + first
        + "/><img src=" + second + "/><p>Slut æøå</p>");
  }

  @Test
  void aPageNamingNoImageIsItsOwnUtf8() {
    String page = "<p>Ishøj – intet diagram</p><img src=\"attached:9.9\"/>";

    assertThat(new AttachedImages(Map.of("1.1", FIRST)).inline(page)).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
    assertThat(AttachedImages.NONE.inline(page)).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
  }
}
