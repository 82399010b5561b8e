package dk.aarshjul.documents.adapter.render;

import java.util.HexFormat;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Colours in the Word file, given as bytes. Word's colour is "auto" or three bytes; POI's setters take a string,
 * which XMLBeans first tries as "auto", throws away an exception for, and then reads as bytes. A status report
 * sets some 550 colours: 2.4 of the 46 ms of writing its Word file (RenderBenchmark), and three quarters of the
 * exceptions a busy node threw. The file is the same.
 */
final class WordColours {

  private WordColours() {}

  /** The run's text in the colour RRGGBB ({@link XWPFRun#setColor}). */
  static void text(XWPFRun run, String rgb) {
    CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    (properties.sizeOfColorArray() > 0 ? properties.getColorArray(0) : properties.addNewColor()).setVal(bytes(rgb));
  }

  /** A run's text on a background RRGGBB. */
  static void background(XWPFRun run, String rgb) {
    CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    shade(properties.addNewShd(), rgb);
  }

  /** The cell's background RRGGBB ({@link XWPFTableCell#setColor}). */
  static void background(XWPFTableCell cell, String rgb) {
    CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    shade(properties.isSetShd() ? properties.getShd() : properties.addNewShd(), rgb);
  }

  private static void shade(CTShd shading, String rgb) {
    shading.setVal(STShd.CLEAR);
    shading.setColor("auto");
    shading.setFill(bytes(rgb));
  }

  private static byte[] bytes(String rgb) {
    return HexFormat.of().parseHex(rgb);
  }
}
