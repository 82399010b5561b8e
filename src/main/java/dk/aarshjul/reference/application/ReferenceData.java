package dk.aarshjul.reference.application;

import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.reference.domain.Validity;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.PlanPeriod;
import dk.aarshjul.shared.Validation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Target groups, consultation bodies and the versions of the annual cycle as the law dates them. A plan uses
 * what was valid in its period; a name stays readable after its entry ends.
 */
@Service
public class ReferenceData {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern BODY_WORD = Pattern.compile("(^|-)body(-|$)");
  private static final LocalDate EARLIEST = LocalDate.of(PlanPeriod.EARLIEST_YEAR, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(PlanPeriod.LATEST_YEAR, 12, 31);

  /** How long the entries read are used before they are read again: another node's change shows within it. */
  private static final long FRESH_FOR_NANOS = Duration.ofMinutes(1).toNanos();

  private final ReferenceStore store;
  private final ApplicationEventPublisher events;
  /** The few dozen entries, read once for all the lookups of a form or document (each goal names a target group). */
  private volatile Snapshot snapshot;

  private record Snapshot(List<ReferenceEntry> entries, long readAt) {}

  public ReferenceData(ReferenceStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  /** Every entry of a kind, in the order people see them (the seed file's, then the operator's additions). */
  public List<ReferenceEntry> entries(ReferenceKind kind) {
    return all().stream().filter(e -> e.kind() == kind).toList();
  }

  private List<ReferenceEntry> all() {
    Snapshot read = snapshot;
    if (read == null || System.nanoTime() - read.readAt() > FRESH_FOR_NANOS) {
      read = new Snapshot(List.copyOf(store.all()), System.nanoTime());
      snapshot = read;
    }
    return read.entries();
  }

  /** Reads the entries afresh at the next lookup (after the seeds or the operator changed them). */
  public void forget() {
    snapshot = null;
  }

  /** The entries valid on some day of the plan's period, one per code (the latest), in the order people see them. */
  public List<ReferenceEntry> validFor(ReferenceKind kind, PlanPeriod period) {
    LocalDate first = LocalDate.of(period.firstYear(), 1, 1);
    LocalDate last = LocalDate.of(period.lastYear(), 12, 31);
    Map<String, ReferenceEntry> byCode = new LinkedHashMap<>();
    for (ReferenceEntry entry : entries(kind)) {
      if (entry.validity().overlaps(first, last)) {
        byCode.put(entry.code(), entry);
      }
    }
    return List.copyOf(byCode.values());
  }

  /** The Danish name of a code on a day: the entry valid then, else the last one before it, else the first. */
  public Optional<String> name(ReferenceKind kind, String code, LocalDate on) {
    List<ReferenceEntry> ofCode = entries(kind).stream().filter(e -> e.code().equals(code)).toList();
    return ofCode.stream().filter(e -> e.validOn(on)).findFirst()
        .or(() -> ofCode.stream().filter(e -> e.validity().from().isBefore(on)).reduce((a, b) -> b))
        .or(() -> ofCode.stream().findFirst())
        .map(ReferenceEntry::danishName);
  }

  /** The version of the annual cycle a plan beginning in the given year runs on, if the reference data names one. */
  public Optional<ReferenceEntry> cycleVersion(int firstYear) {
    LocalDate first = LocalDate.of(firstYear, 1, 1);
    return entries(ReferenceKind.CYCLE_VERSION).stream().filter(e -> e.validOn(first)).findFirst();
  }

  /** The version of the annual cycle a plan beginning in the given year runs on; a conflict when there is none. */
  public ReferenceEntry cycleVersionFor(int firstYear) {
    return cycleVersion(firstYear).orElseThrow(() -> new ReferenceConflictException("Ingen version af årshjulet gælder for planer, der begynder i " + firstYear
            + ". Driften skal angive, hvilken version der gælder."));
  }

  /**
   * Adds or corrects an entry (the operator): refused when it overlaps another of the same code, or another cycle
   * version. Told as a {@link ReferenceEntrySaved}, so that what depends on it follows (a new consultation body's groups).
   */
  public ReferenceEntry put(ReferenceKind kind, String code, EntryInput input, String changedBy) {
    Validation validation = new Validation();
    if (code == null || code.length() > InputRules.MAX_CODE || !CODE.matcher(code).matches()) {
      validation.reject("code", "kode", "skal være små bogstaver, tal og bindestreger, højst " + InputRules.MAX_CODE + " tegn");
    } else if (kind == ReferenceKind.CONSULTATION_BODY && BODY_WORD.matcher(code).find()) {
      // the code ends the body's group ids (taarnby-body-<code>), which must read back one way only
      validation.reject("code", "kode", "en høringsparts kode må ikke indeholde ordet \"body\"");
    }
    InputRules.textProblem(input.danishName(), 200, false).ifPresent(p -> validation.reject("danishName", "navn", p));
    if (input.danishName() == null || input.danishName().isBlank()) {
      validation.reject("danishName", "navn", "skal udfyldes");
    }
    if (input.legalBasis() != null) {
      InputRules.textProblem(input.legalBasis(), 500, false).ifPresent(p -> validation.reject("legalBasis", "lovgrundlag", p));
    }
    if (input.validFrom() == null) {
      validation.reject("validFrom", "gælder fra", "skal udfyldes");
    } else {
      InputRules.dateProblem(input.validFrom(), EARLIEST, LATEST).ifPresent(p -> validation.reject("validFrom", "gælder fra", p));
    }
    if (input.validTo() != null) {
      InputRules.dateProblem(input.validTo(), EARLIEST, LATEST).ifPresent(p -> validation.reject("validTo", "gælder til", p));
      if (input.validFrom() != null && input.validTo().isBefore(input.validFrom())) {
        validation.reject("validTo", "gælder til", "må ikke ligge før \"gælder fra\"");
      }
    }
    validation.throwIfInvalid();
    ReferenceEntry entry = new ReferenceEntry(kind, code, new Validity(input.validFrom(), input.validTo()), input.danishName().strip(),
        input.legalBasis() == null || input.legalBasis().isBlank() ? null : input.legalBasis().strip(),
        kind == ReferenceKind.CYCLE_VERSION && input.nationalGoalsStep());
    entries(kind).stream().filter(entry::clashesWith).findFirst().ifPresent(other -> {
      throw new ReferenceConflictException("Gyldigheden overlapper " + kind.danishName() + " \"" + other.code() + "\" fra "
          + other.validity().from() + (kind == ReferenceKind.CYCLE_VERSION ? ": et år har én version af årshjulet." : "."));
    });
    store.save(entry, changedBy);
    forget();
    events.publishEvent(new ReferenceEntrySaved(entry));
    return entry;
  }

  /** What the operator gives for an entry. */
  public record EntryInput(String danishName, String legalBasis, LocalDate validFrom, LocalDate validTo, boolean nationalGoalsStep) {}
}
