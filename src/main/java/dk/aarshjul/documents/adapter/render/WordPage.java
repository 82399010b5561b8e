package dk.aarshjul.documents.adapter.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What every Word document has regardless of its content: A4 with the PDF's 16 mm margins, the heading
 * styles Word's navigation and accessibility checker look for (Heading 1-3 with outline levels), and the
 * numbering of lists.
 */
final class WordPage {

  /** A4 in twentieths of a point (twips), with 16 mm margins like the PDF's. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN = 907;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
  static final int HEADING_LEVELS = 3;

  private WordPage() {}

  static void setUp(XWPFDocument doc, String language) {
    a4Margins(doc);
    XWPFStyles styles = doc.createStyles();
    if (!language.isBlank()) {
      language(styles, language);
    }
    for (int level = 1; level <= HEADING_LEVELS; level++) {
      styles.addStyle(heading(level));
    }
  }

  static String headingStyle(int level) {
    return "Heading" + Math.min(level, HEADING_LEVELS);
  }

  /** A new list: bullets, or numbers counted from 1. */
  static BigInteger list(XWPFDocument doc, boolean numbered) {
    XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(numbered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
    level.addNewLvlText().setVal(numbered ? "%1." : "•");
    var indent = level.addNewPPr().addNewInd();
    indent.setLeft(BigInteger.valueOf(360));
    indent.setHanging(BigInteger.valueOf(360));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(abstractId);
  }

  /** The language of all text, so Word checks the spelling in it and a screen reader speaks it. */
  private static void language(XWPFStyles styles, String language) {
    var ct = styles.getCtStyles();
    var defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
    var runDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
    var run = runDefault.isSetRPr() ? runDefault.getRPr() : runDefault.addNewRPr();
    run.addNewLang().setVal(language);
  }

  private static XWPFStyle heading(int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(headingStyle(level));
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading " + level);
    style.addNewQFormat();
    var paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
    style.addNewRPr().addNewB();
    return new XWPFStyle(style);
  }

  private static void a4Margins(XWPFDocument doc) {
    var body = doc.getDocument().getBody();
    var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(MARGIN / 2));
    margins.setFooter(BigInteger.valueOf(MARGIN / 2));
    margins.setGutter(BigInteger.ZERO);
  }
}
