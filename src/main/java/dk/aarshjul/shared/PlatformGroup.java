package dk.aarshjul.shared;

/** Groups that are not tied to one municipality. */
public final class PlatformGroup {

  /** Onboards municipalities and watches incidents; member of every onboarded tenant. */
  public static final String OPERATOR = "platform-operator";

  /** Publishes the national goals for a year to every municipality. */
  public static final String NATIONAL_PUBLISHER = "national-publisher";

  private PlatformGroup() {}
}
