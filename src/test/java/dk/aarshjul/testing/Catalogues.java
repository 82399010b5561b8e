package dk.aarshjul.testing;

import dk.aarshjul.indicators.domain.IndicatorCatalogue;
import dk.aarshjul.indicators.domain.SourceCatalogue;
import dk.aarshjul.indicators.domain.SourceSelection;
import dk.aarshjul.goals.domain.GoalContext;
import dk.aarshjul.goals.application.ReferenceTargetGroups;
import dk.aarshjul.reference.adapter.ReferenceSeeds;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceStore;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.tenancy.application.ConsultationBodies;
import dk.aarshjul.tenancy.domain.MunicipalityCatalog;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The catalogues the platform ships (municipalities, indicators), read as the application reads them. */
public final class Catalogues {

  public static final MunicipalityCatalog MUNICIPALITIES = read("/tenancy/municipalities.csv", MunicipalityCatalog::fromCsv);
  public static final IndicatorCatalogue INDICATORS = read("/indicators/catalogue.csv", IndicatorCatalogue::fromCsv);
  public static final SourceCatalogue SOURCES = read("/indicators/sources.csv", SourceCatalogue::fromCsv);

  private Catalogues() {}

  /** The reference data as seeded (target groups, consultation bodies, cycle versions), in memory. */
  public static ReferenceData reference() {
    return reference(entry -> true);
  }

  /** The seeded reference data without the entries a test leaves out, as if the law had not had them. */
  public static ReferenceData reference(java.util.function.Predicate<ReferenceEntry> keep) {
    List<ReferenceEntry> entries = new ArrayList<>();
    for (ReferenceKind kind : ReferenceKind.values()) {
      ReferenceSeeds.read(kind).stream().filter(keep).forEach(entries::add);
    }
    return new ReferenceData(new ReferenceStore() {
      @Override
      public List<ReferenceEntry> all() {
        return List.copyOf(entries);
      }

      @Override
      public void save(ReferenceEntry entry, String changedBy) {
        entries.removeIf(e -> e.kind() == entry.kind() && e.code().equals(entry.code())
            && e.validity().from().equals(entry.validity().from()));
        entries.add(entry);
      }

      @Override
      public List<ReferenceEntry> seeded() {
        return List.of();
      }

      @Override
      public boolean addIfAbsent(ReferenceEntry entry, int position) {
        return false;
      }

      @Override
      public boolean correctSeeded(ReferenceEntry entry) {
        return false;
      }
    }, event -> { });
  }

  /** The consultation bodies of the given reference data. */
  public static ConsultationBodies consultationBodies(ReferenceData reference) {
    return new ConsultationBodies(reference, MUNICIPALITIES, java.time.Clock.systemUTC());
  }

  /** The consultation bodies as seeded. */
  public static ConsultationBodies consultationBodies() {
    return consultationBodies(reference());
  }

  public static GoalContext goalContext(PlanPeriod period, Set<Integer> nationalGoals) {
    return new GoalContext(period, nationalGoals, INDICATORS::find, code -> MUNICIPALITIES.byDstCode(code).isPresent(),
        code -> SOURCES.find(code).filter(s -> s.source() != SourceSelection.Source.MANUAL).isPresent(),
        new ReferenceTargetGroups(reference()));
  }

  private static <T> T read(String resource, java.util.function.Function<java.io.Reader, T> parse) {
    try (var in = Catalogues.class.getResourceAsStream(resource)) {
      return parse.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
