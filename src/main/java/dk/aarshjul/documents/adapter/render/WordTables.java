package dk.aarshjul.documents.adapter.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;

/**
 * An HTML table as a Word table: its caption above it, the rows of {@code thead} as header rows that Word
 * repeats on every page, cell shading from the style sheet, and fixed column widths from the {@code col}
 * elements' CSS widths, so Word neither widens the table past the margin nor squeezes a column until its
 * words break one per line.
 */
final class WordTables {

  private record Row(Element element, boolean header) {}

  private final XWPFDocument doc;
  private final CssRules css;
  private final HtmlToWord converter;

  WordTables(XWPFDocument doc, CssRules css, HtmlToWord converter) {
    this.doc = doc;
    this.css = css;
    this.converter = converter;
  }

  void table(Element table, TextStyle style) {
    HtmlToWord.children(table, "caption").forEach(caption -> converter.paragraph(caption, style, doc::createParagraph));
    List<Row> rows = rows(table);
    int columns = rows.stream().mapToInt(row -> cells(row.element()).size()).max().orElse(0);
    if (columns == 0) {
      return;
    }
    XWPFTable word = doc.createTable(rows.size(), columns);
    fixedWidths(word, widths(table, columns));
    headers(word, rows);
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      XWPFTableRow wordRow = word.getRow(r);
      if (row.header()) {
        wordRow.setRepeatHeader(true);
      }
      TextStyle rowStyle = style.withoutBackground().inherit(css.of(row.element()));
      List<Element> cells = cells(row.element());
      for (int c = 0; c < cells.size(); c++) {
        cell(cells.get(c), rowStyle, wordRow.getCell(c));
      }
    }
  }

  private void cell(Element cell, TextStyle rowStyle, XWPFTableCell wordCell) {
    TextStyle base = HtmlToWord.name(cell).equals("th") ? rowStyle.withoutBackground().bolder() : rowStyle.withoutBackground();
    TextStyle own = base.inherit(css.of(cell));
    if (own.background() != null) {
      WordColours.background(wordCell, own.background());
    }
    boolean[] first = {true};
    converter.blocks(cell, own.withoutBackground(), () -> {
      if (first[0]) {
        first[0] = false;
        return wordCell.getParagraphs().get(0);
      }
      return wordCell.addParagraph();
    });
  }

  /**
   * Which rows and columns are headers, as Word's table style options ("Header Row", "First Column"): the
   * header rows of the page's thead, and the first column where every row begins with a th (row headers).
   * Word's accessibility checker and screen readers read them from here.
   */
  private static void headers(XWPFTable word, List<Row> rows) {
    var properties = word.getCTTbl().getTblPr();
    var look = properties.isSetTblLook() ? properties.getTblLook() : properties.addNewTblLook();
    boolean headerRow = !rows.isEmpty() && rows.get(0).header();
    boolean headerColumn = rows.stream().allMatch(row -> !cells(row.element()).isEmpty()
        && HtmlToWord.name(cells(row.element()).get(0)).equals("th"));
    look.setFirstRow(headerRow);
    look.setFirstColumn(headerColumn);
    look.setLastRow(false);
    look.setLastColumn(false);
    look.setNoHBand(true);
    look.setNoVBand(true);
    // the same as the bit mask Word 2007 reads: first row 0x20, first column 0x80, no banding 0x200 and 0x400
    int mask = 0x600 | (headerRow ? 0x20 : 0) | (headerColumn ? 0x80 : 0);
    look.setVal(new byte[] {(byte) (mask >> 8), (byte) mask});
  }

  private static List<Row> rows(Element table) {
    List<Row> rows = new ArrayList<>();
    for (Element part : HtmlToWord.children(table, "thead", "tbody", "tfoot", "tr")) {
      if (HtmlToWord.name(part).equals("tr")) {
        rows.add(new Row(part, false));
      } else {
        HtmlToWord.children(part, "tr").forEach(tr -> rows.add(new Row(tr, HtmlToWord.name(part).equals("thead"))));
      }
    }
    return rows;
  }

  private static List<Element> cells(Element row) {
    return HtmlToWord.children(row, "td", "th");
  }

  /** Columns in twips: those the style sheet sizes, the rest sharing what is left of the table's width. */
  private int[] widths(Element table, int columns) {
    double textWidth = WordPage.TEXT_WIDTH / 20.0;
    double tableWidth = Math.min(textWidth, TextStyle.points(css.of(table).get("width"), textWidth).orElse(textWidth));
    List<Element> cols = new ArrayList<>(HtmlToWord.children(table, "col"));
    HtmlToWord.children(table, "colgroup").forEach(group -> cols.addAll(HtmlToWord.children(group, "col")));
    double[] points = new double[columns];
    double sized = 0;
    int unsized = 0;
    for (int i = 0; i < columns; i++) {
      String width = i < cols.size() ? css.of(cols.get(i)).get("width") : null;
      points[i] = TextStyle.points(width, tableWidth).orElse(-1.0);
      if (points[i] < 0) {
        unsized++;
      } else {
        sized += points[i];
      }
    }
    double share = unsized == 0 ? 0 : Math.max(0, tableWidth - sized) / unsized;
    double total = 0;
    for (int i = 0; i < columns; i++) {
      points[i] = points[i] < 0 ? share : points[i];
      total += points[i];
    }
    double scale = total > tableWidth + 0.01 || unsized == 0 ? tableWidth / total : 1;
    int[] twips = new int[columns];
    for (int i = 0; i < columns; i++) {
      twips[i] = (int) Math.floor(points[i] * scale * 20);
    }
    return twips;
  }

  private static void fixedWidths(XWPFTable table, int[] twips) {
    table.setWidth(Integer.toString(java.util.Arrays.stream(twips).sum()));
    var properties = table.getCTTbl().getTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
        row.getCell(i).setWidth(Integer.toString(twips[i]));
      }
    }
  }
}
