package dk.aarshjul.reference.adapter;

import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceStore;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
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
 * when its kind, code and first day are new, so what the operator changed stays as the operator left it.
 */
@Component
public class ReferenceSeeds implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceSeeds.class);

  private final ReferenceStore store;
  private final ReferenceData reference;

  ReferenceSeeds(ReferenceStore store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int added = 0;
    for (ReferenceKind kind : ReferenceKind.values()) {
      List<ReferenceEntry> entries = read(kind);
      for (int i = 0; i < entries.size(); i++) {
        added += store.addIfAbsent(entries.get(i), i + 1) ? 1 : 0;
      }
    }
    if (added > 0) {
      reference.forget();
      LOG.info("Reference data: {} entries added from the seed files", added);
    }
  }

  /** The seed file of a kind, as entries. */
  public static List<ReferenceEntry> read(ReferenceKind kind) {
    var file = new ClassPathResource("reference/" + kind.path() + ".csv");
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
