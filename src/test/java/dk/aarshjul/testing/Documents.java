package dk.aarshjul.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads generated documents back the way a reader's program would: the PDF's text, the Word document's. */
public final class Documents {

  private Documents() {}

  public static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  public static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  public static int docxPictures(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getAllPictures().size();
    }
  }
}
