package dk.aarshjul.documents.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PdfFontsTest {

  @Test
  void theEmbeddedFontHasNoSubstitutionsButEveryCharacter() throws Exception {
    byte[] original = new ClassPathResource("liberation/LiberationSans-Regular.ttf").getInputStream().readAllBytes();

    try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
        TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.withoutSubstitutions(original)))) {
      assertThat(before.getGsubData()).as("the shipped font has ligatures").isNotSameAs(GsubData.NO_DATA_FOUND);
      assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(after.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF");
      for (int character : "ÆØÅæøå–−€§½ЖΩ".codePoints().toArray()) {
        assertThat(after.getUnicodeCmapLookup().getGlyphId(character)).as("glyph for %s", Character.toString(character)).isPositive();
      }
    }
  }
}
