package dk.aarshjul.documents.application;

import dk.aarshjul.shared.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Rendered documents, stored with their plan: one per subject, version and format. */
public interface DocumentStore {

  enum Kind {
    STATUS_REPORT,
    PLAN
  }

  /**
   * @param subject what the document is of: the status round's id, or "plan" for the plan document
   * @param label "UDKAST", "ENDELIG", "FORSLAG", "VEDTAGET"
   */
  record StoredDocument(String id, TenantId tenantId, String planId, Kind kind, String subject, int version, String label,
      DocumentFormat format, String title, int size, OffsetDateTime createdAt) {

    /** Where the plan's staff fetch it. */
    public String href() {
      return "/api/plans/" + planId + "/documents/" + id;
    }
  }

  boolean exists(String planId, Kind kind, String subject, int version);

  /**
   * Stores every format of one version. Callers check {@link #exists} first, so as not to render twice;
   * should two store the same version at once, the table's key lets only one of them commit.
   */
  void store(TenantId tenantId, String planId, Kind kind, String subject, int version, String label, String title,
      java.util.Map<DocumentFormat, byte[]> documents, OffsetDateTime at);

  /**
   * Stores the images (name → PNG) that the subject's HTML pages name by {@link ImageAddresses#uri}, once for
   * all its versions; nothing if the subject has images already (a retried step).
   */
  void attach(TenantId tenantId, String planId, Kind kind, String subject, java.util.Map<String, byte[]> images);

  /** The images stored for the subject, by name; empty if none. */
  java.util.Map<String, byte[]> attachments(String planId, Kind kind, String subject, TenantId tenantId);

  List<StoredDocument> list(String planId, Collection<TenantId> tenantIds);

  Optional<StoredDocument> find(String documentId, Collection<TenantId> tenantIds);

  /**
   * The document as people get it: an HTML page with the images stored beside it put into it
   * ({@link ImageAddresses#inline}), so that it shows them wherever it is saved or sent.
   */
  byte[] content(String documentId);
}
