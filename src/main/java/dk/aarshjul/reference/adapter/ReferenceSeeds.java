package dk.aarshjul.reference.adapter;

import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceStore;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.reference.domain.Seeding;
import dk.aarshjul.reference.domain.Validity;
import dk.aarshjul.shared.SemicolonFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the reference data from {@code src/main/resources/reference/<kind>.csv} at start: an entry is added
 * when its kind, code and first day are new, and an entry a seed added follows the file (a release ends or
 * renames it), unless the operator has changed it, which stays as the operator left it. A release whose files
 * would make two entries clash (two versions of the annual cycle for one year) stops the start, before
 * anything is written.
 */
@Component
public class ReferenceSeeds implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceSeeds.class);
  static final String FOLDER = "reference/";

  private final ReferenceStore store;
  private final ReferenceData reference;

  public ReferenceSeeds(ReferenceStore store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
  }

  @Override
  public void afterSingletonsInstantiated() {
    seed(FOLDER);
  }

  /** Seeds from the files of a folder on the class path ({@code reference/}); what changed. */
  public Seeding seed(String folder) {
    List<ReferenceEntry> files = new ArrayList<>();
    for (ReferenceKind kind : ReferenceKind.values()) {
      files.addAll(read(folder, kind));
    }
    Seeding seeding = Seeding.of(store.all(), store.seeded(), files);
    seeding.clash().ifPresent(clash -> {
      throw new IllegalStateException(clashMessage(folder, clash.get(0), clash.get(1)));
    });
    int added = 0;
    for (ReferenceEntry entry : seeding.added()) {
      added += store.addIfAbsent(entry, positionInFile(files, entry)) ? 1 : 0;
    }
    int corrected = 0;
    for (ReferenceEntry entry : seeding.corrected()) {
      corrected += store.correctSeeded(entry) ? 1 : 0;
    }
    for (ReferenceEntry entry : seeding.keptByOperator()) {
      LOG.info("Reference data: {} \"{}\" from {} is kept as the operator changed it; the seed file says otherwise",
          entry.kind().path(), entry.code(), entry.validity().from());
    }
    if (added + corrected > 0) {
      reference.forget();
      LOG.info("Reference data: {} entries added and {} corrected from the seed files", added, corrected);
    }
    return seeding;
  }

  /** Its place among its kind's entries in the file, counted from 1: the order people see them in. */
  private static int positionInFile(List<ReferenceEntry> files, ReferenceEntry entry) {
    return files.stream().filter(e -> e.kind() == entry.kind()).toList().indexOf(entry) + 1;
  }

  private static String clashMessage(String folder, ReferenceEntry one, ReferenceEntry other) {
    String kind = one.kind().path();
    String what = one.kind() == ReferenceKind.CYCLE_VERSION
        ? "two versions of the annual cycle for the same years; a plan's first year has one version"
        : "the " + kind + " entry \"" + one.code() + "\" twice for the same days";
    return "The seed files in " + folder + " would give " + what + ": " + shown(one) + " and " + shown(other)
        + ". End the earlier entry the day before the later begins: in " + folder + kind + ".csv if a seed added it,"
        + " or, if the operator has changed it, with PUT /api/reference/" + kind + "/<code> before deploying this release.";
  }

  private static String shown(ReferenceEntry entry) {
    return "\"" + entry.code() + "\" from " + entry.validity().from() + (entry.validity().to() == null ? ", open-ended"
        : " to " + entry.validity().to());
  }

  /** The seed file of a kind, as entries. */
  public static List<ReferenceEntry> read(ReferenceKind kind) {
    return read(FOLDER, kind);
  }

  static List<ReferenceEntry> read(String folder, ReferenceKind kind) {
    var file = new ClassPathResource(folder + kind.path() + ".csv");
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      List<ReferenceEntry> entries = new ArrayList<>();
      for (CSVRecord row : SemicolonFile.records(reader)) {
        entries.add(new ReferenceEntry(kind, row.get("code"),
            new Validity(LocalDate.parse(row.get("valid_from")), row.get("valid_to").isBlank() ? null : LocalDate.parse(row.get("valid_to"))),
            row.get("danish_name"), row.get("legal_basis").isBlank() ? null : row.get("legal_basis"),
            row.isMapped("national_goals_step") && Boolean.parseBoolean(row.get("national_goals_step"))));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
