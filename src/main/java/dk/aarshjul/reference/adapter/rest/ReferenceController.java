package dk.aarshjul.reference.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.aarshjul.reference.application.ReferenceData;
import dk.aarshjul.reference.application.ReferenceData.EntryInput;
import dk.aarshjul.reference.domain.ReferenceEntry;
import dk.aarshjul.reference.domain.ReferenceKind;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.InputRules;
import dk.aarshjul.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Target groups, consultation bodies and cycle versions with the days they are valid: read by everyone
 * signed in, kept by the platform operator when the law changes (README, "A change of law").
 */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

  private final ReferenceData reference;

  ReferenceController(ReferenceData reference) {
    this.reference = reference;
  }

  @GetMapping("/{kind}")
  List<EntryJson> list(@PathVariable String kind) {
    return reference.entries(kind(kind)).stream().map(EntryJson::of).toList();
  }

  /** Adds an entry, or corrects the one of the same code and first day. */
  @PutMapping("/{kind}/{code}")
  @PreAuthorize("hasAuthority('GROUP_platform-operator')")
  EntryJson put(@PathVariable String kind, @PathVariable String code, @RequestBody EntryBody body) {
    EntryInput input = body == null ? new EntryInput(null, null, null, null, false)
        : new EntryInput(body.danishName(), body.legalBasis(), body.validFrom(), body.validTo(), Boolean.TRUE.equals(body.nationalGoalsStep()));
    return EntryJson.of(reference.put(kind(kind), code, input, CurrentUser.get().userId()));
  }

  private static ReferenceKind kind(String path) {
    return ReferenceKind.byPath(path).orElseThrow(() -> new UnknownReferenceKind(path));
  }

  record EntryBody(String danishName, String legalBasis, LocalDate validFrom, LocalDate validTo, Boolean nationalGoalsStep) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryJson(String code, String danishName, String legalBasis, LocalDate validFrom, LocalDate validTo,
      Boolean nationalGoalsStep) {

    static EntryJson of(ReferenceEntry entry) {
      return new EntryJson(entry.code(), entry.danishName(), entry.legalBasis(), entry.validity().from(), entry.validity().to(),
          entry.kind() == ReferenceKind.CYCLE_VERSION ? entry.nationalGoalsStep() : null);
    }
  }

  static class UnknownReferenceKind extends NotFoundException {
    UnknownReferenceKind(String path) {
      super("Der findes ingen referencedata af typen \"" + InputRules.shown(path) + "\". Typerne er "
          + "target-groups, consultation-bodies og cycle-versions.");
    }
  }
}
