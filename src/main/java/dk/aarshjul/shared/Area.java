package dk.aarshjul.shared;

/** Where a figure is for, by Statistics Denmark's code: the country ("000"), a region ("084"), a municipality ("183"). */
public record Area(Type type, String code) {

  public enum Type {
    COUNTRY,
    REGION,
    MUNICIPALITY
  }

  public static final Area COUNTRY = new Area(Type.COUNTRY, "000");

  public static Area municipality(String dstCode) {
    return new Area(Type.MUNICIPALITY, dstCode);
  }

  public static Area region(String dstCode) {
    return new Area(Type.REGION, dstCode);
  }
}
