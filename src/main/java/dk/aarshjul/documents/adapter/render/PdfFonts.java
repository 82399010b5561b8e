package dk.aarshjul.documents.adapter.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the PDFs embed, read once. Each is rewritten without its glyph substitution table (GSUB):
 * PDFBox applies that table to every text run it writes, by compiling a regular expression over all
 * substitutable glyph sequences each time, which took a fifth of a status round's time. For Latin text it
 * only swaps in ligatures such as "ﬁ", which also break copying and searching text in the PDF, so the
 * documents are better without them. Every character the font covers is kept.
 */
final class PdfFonts {

  /** What a PDF needs to draw the glyphs; without GSUB, GPOS and GDEF (substitution and positioning rules). */
  private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp",
      "OS/2", "name", "post", "cmap");

  private PdfFonts() {}

  static byte[] withoutSubstitutions(byte[] trueType) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType))) {
      TTFSubsetter copy = new TTFSubsetter(font, TABLES);
      copy.addAll(characters(font));
      ByteArrayOutputStream out = new ByteArrayOutputStream(trueType.length);
      copy.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable font", e);
    }
  }

  private static Set<Integer> characters(TrueTypeFont font) throws IOException {
    CmapLookup unicode = font.getUnicodeCmapLookup();
    Set<Integer> characters = new HashSet<>();
    for (int glyph = 0; glyph < font.getNumberOfGlyphs(); glyph++) {
      var codes = unicode.getCharCodes(glyph);
      if (codes != null) {
        characters.addAll(codes);
      }
    }
    return characters;
  }
}
