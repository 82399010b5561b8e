package dk.aarshjul.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageAddressesTest {

  private static final byte[] FIRST = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
  private static final byte[] SECOND = {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6, 7};
  private static final Map<String, byte[]> IMAGES = Map.of("1.1", FIRST, "1.2", SECOND, "2.1", new byte[] {9});

  @Test
  void theFetchedPageCarriesEveryImageItNamesAsADataUriInUtf8AndItsSizeIsKnownBeforehand() {
    byte[] page = utf8("<p>Tårnby – 1. kvartal</p><img src=\"" + ImageAddresses.uri("1.2") + "\" alt=\"Ledighed −5 %\"/>"
        + "<img src=\"" + ImageAddresses.uri("1.1") + "\"/><img src=\"" + ImageAddresses.uri("1.2") + "\"/><p>Slut æøå</p>");

    byte[] inlined = ImageAddresses.inline(page, IMAGES);

    String first = "\"data:image/png;base64," + Base64.getEncoder().encodeToString(FIRST) + "\"";
    String second = "\"data:image/png;base64," + Base64.getEncoder().encodeToString(SECOND) + "\"";
    assertThat(new String(inlined, StandardCharsets.UTF_8)).isEqualTo("<p>Tårnby – 1. kvartal</p><img src=" + second
        + " alt=\"Ledighed −5 %\"/><img src=" + first + "/><img src=" + second + "/><p>Slut æøå</p>");
    assertThat(ImageAddresses.namesImages(page)).isTrue();
    assertThat(ImageAddresses.inlinedSize(page, ImageAddresses.sizes(IMAGES))).as("the size a listing tells").isEqualTo(inlined.length);
  }

  @Test
  void aPageNamingNoStoredImageIsItselfAndAnAddressWithoutItsEndIsLeftAlone() {
    byte[] unknown = utf8("<p>Ishøj – intet diagram</p><img src=\"attached:9.9\"/>");
    byte[] unended = utf8("<p>Brøndby</p><img src=\"attached:1.1");
    byte[] none = utf8("<p>Dragør</p><img src=\"data:image/png;base64,iVBO\"/>");

    assertThat(ImageAddresses.inline(unknown, IMAGES)).isEqualTo(unknown);
    assertThat(ImageAddresses.inline(unknown, Map.of())).isEqualTo(unknown);
    assertThat(ImageAddresses.inline(unended, IMAGES)).isEqualTo(unended);
    assertThat(ImageAddresses.inlinedSize(unended, ImageAddresses.sizes(IMAGES))).isEqualTo(unended.length);
    assertThat(ImageAddresses.namesImages(none)).as("a page stored with its images in it").isFalse();
    assertThat(ImageAddresses.inline(none, IMAGES)).isEqualTo(none);
  }

  @Test
  void anImageNameIsEncodedInItsAddressAndReadBack() {
    assertThat(ImageAddresses.uri("mål 1.2")).isEqualTo("attached:m%C3%A5l+1.2");
    assertThat(ImageAddresses.name(ImageAddresses.uri("mål 1.2"))).isEqualTo("mål 1.2");
    assertThat(ImageAddresses.name("https://example.org/1.2")).isNull();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
