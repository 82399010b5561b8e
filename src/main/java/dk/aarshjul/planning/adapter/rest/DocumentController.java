package dk.aarshjul.planning.adapter.rest;

import dk.aarshjul.planning.application.PlanNotFoundException;
import dk.aarshjul.planning.application.PlanService;
import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.documents.application.DocumentStore.StoredDocument;
import dk.aarshjul.planning.application.PlanDocumentService;
import dk.aarshjul.security.CurrentUser;
import dk.aarshjul.shared.FieldError;
import dk.aarshjul.shared.TenantId;
import dk.aarshjul.shared.ValidationException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's documents: the status reports of its rounds and the plan document itself, each version in PDF,
 * HTML and Word. Only users of the plan's municipality (or cooperation) see or fetch them; anyone else
 * gets 404, as for the plan.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class DocumentController {

  private final PlanService plans;
  private final DocumentStore documents;
  private final PlanDocumentService planDocuments;

  DocumentController(PlanService plans, DocumentStore documents, PlanDocumentService planDocuments) {
    this.plans = plans;
    this.documents = documents;
    this.planDocuments = planDocuments;
  }

  @GetMapping("/documents")
  List<DocumentResponse> list(@PathVariable String planId) {
    Collection<TenantId> tenants = CurrentUser.get().tenants();
    plans.get(planId, tenants);
    return documents.list(planId, tenants).stream().map(DocumentResponse::of).toList();
  }

  @GetMapping("/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable String planId, @PathVariable String documentId) {
    StoredDocument document = documents.find(documentId, CurrentUser.get().tenants())
        .filter(d -> d.planId().equals(planId))
        .orElseThrow(() -> PlanNotFoundException.document(documentId));
    return file(document, documents.content(document.id()));
  }

  /** The plan document of the current version ("FORSLAG" until adopted), made if it is not yet. */
  @GetMapping("/plan-document")
  ResponseEntity<byte[]> planDocument(@PathVariable String planId, @RequestParam(defaultValue = "pdf") String format) {
    DocumentFormat wanted = DocumentFormat.byExtension(format).orElseThrow(() -> new ValidationException(
        new FieldError("format", "Format", "skal være pdf, html eller docx")));
    StoredDocument document = planDocuments.current(planId, CurrentUser.get().tenants()).stream()
        .filter(d -> d.format() == wanted).findFirst().orElseThrow();
    return file(document, documents.content(document.id()));
  }

  private static ResponseEntity<byte[]> file(StoredDocument document, byte[] content) {
    String name = fileName(document);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.format().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, (document.format() == DocumentFormat.HTML
            ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(name, java.nio.charset.StandardCharsets.UTF_8)
            .build().toString())
        .body(content);
  }

  static String fileName(StoredDocument document) {
    String base = document.title().replaceAll("[^\\p{L}\\p{N} ._-]", "").replaceAll("\\s+", " ").trim();
    return base + " (" + document.label().toLowerCase(java.util.Locale.ROOT) + ", version " + document.version() + ")."
        + document.format().extension();
  }

  record DocumentResponse(String id, DocumentStore.Kind kind, String subject, int version, String label, DocumentFormat format,
      String title, int size, OffsetDateTime createdAt, String href) {

    static DocumentResponse of(StoredDocument d) {
      return new DocumentResponse(d.id(), d.kind(), d.subject(), d.version(), d.label(), d.format(), d.title(), d.size(),
          d.createdAt(), d.href());
    }
  }
}
