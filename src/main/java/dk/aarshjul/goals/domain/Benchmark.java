package dk.aarshjul.goals.domain;

import dk.aarshjul.shared.Area;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a municipality's figure is compared with: the whole country, a region, or a named municipality,
 * the area whose figures it is. Written {@code country}, {@code region:084}, {@code municipality:153}.
 */
public record Benchmark(Area area) {

  private static final Pattern FORMAT = Pattern.compile("(country)|(region):(08[1-5])|(municipality):([1-9]\\d{2})");

  public static Benchmark country() {
    return new Benchmark(Area.COUNTRY);
  }

  public static Benchmark region(String code) {
    return new Benchmark(Area.region(code));
  }

  public static Benchmark municipality(String code) {
    return new Benchmark(Area.municipality(code));
  }

  public static Optional<Benchmark> parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return Optional.of(country());
    }
    return Optional.of(m.group(2) != null ? region(m.group(3)) : municipality(m.group(5)));
  }

  @Override
  public String toString() {
    return switch (area.type()) {
      case COUNTRY -> "country";
      case REGION -> "region:" + area.code();
      case MUNICIPALITY -> "municipality:" + area.code();
    };
  }
}
