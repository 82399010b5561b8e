package dk.aarshjul.documents.adapter.db;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.documents.application.ImageAddresses;
import dk.aarshjul.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDocumentStore implements DocumentStore {

  /** A page stored with image addresses has the size it is fetched with; documents stored before that, their own. */
  private static final String COLUMNS =
      "id, tenant_id, plan_id, kind, subject, version, label, format, title, coalesce(size, octet_length(content)) as size, created_at";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  JdbcDocumentStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  @Override
  public boolean exists(String planId, Kind kind, String subject, int version) {
    return jdbc.sql("select count(*) from plan_document where plan_id = ? and kind = ? and subject = ? and version = ?")
        .params(planId, kind.name(), subject, version)
        .query(Integer.class).single() > 0;
  }

  @Override
  public void store(TenantId tenantId, String planId, Kind kind, String subject, int version, String label, String title,
      Map<DocumentFormat, byte[]> documents, OffsetDateTime at) {
    // the sizes of the images the page names, read without their bytes, for the size the page is fetched with
    Map<String, Integer> images = new java.util.HashMap<>();
    if (documents.containsKey(DocumentFormat.HTML) && ImageAddresses.namesImages(documents.get(DocumentFormat.HTML))) {
      jdbc.sql("select name, octet_length(content) from plan_document_image where plan_id = ? and kind = ? and subject = ? and tenant_id = ?")
          .params(planId, kind.name(), subject, tenantId.value())
          .query(rs -> {
            images.put(rs.getString(1), rs.getInt(2));
          });
    }
    documents.forEach((format, content) -> jdbc.sql("insert into plan_document"
            + " (id, tenant_id, plan_id, kind, subject, version, label, format, title, content, size, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), tenantId.value(), planId, kind.name(), subject, version, label, format.name(), title, content,
            format == DocumentFormat.HTML ? ImageAddresses.inlinedSize(content, images) : content.length, at)
        .update());
  }

  @Override
  public void attach(TenantId tenantId, String planId, Kind kind, String subject, Map<String, byte[]> images) {
    boolean attached = jdbc.sql("select count(*) from plan_document_image where plan_id = ? and kind = ? and subject = ?")
        .params(planId, kind.name(), subject).query(Integer.class).single() > 0;
    if (attached || images.isEmpty()) {
      return;
    }
    List<Object[]> rows = images.entrySet().stream()
        .map(image -> new Object[] {planId, kind.name(), subject, image.getKey(), tenantId.value(), image.getValue()})
        .toList();
    jdbcTemplate.batchUpdate("insert into plan_document_image (plan_id, kind, subject, name, tenant_id, content) values (?, ?, ?, ?, ?, ?)", rows);
  }

  @Override
  public Map<String, byte[]> attachments(String planId, Kind kind, String subject, TenantId tenantId) {
    Map<String, byte[]> images = new LinkedHashMap<>();
    jdbc.sql("select name, content from plan_document_image where plan_id = ? and kind = ? and subject = ? and tenant_id = ? order by name")
        .params(planId, kind.name(), subject, tenantId.value())
        .query(rs -> {
          images.put(rs.getString(1), rs.getBytes(2));
        });
    return images;
  }

  @Override
  public List<StoredDocument> list(String planId, Collection<TenantId> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from plan_document where plan_id = :plan and tenant_id in (:tenants)"
            + " order by created_at, kind, subject, version, format")
        .param("plan", planId).param("tenants", TenantId.values(tenantIds))
        .query(JdbcDocumentStore::document)
        .list();
  }

  @Override
  public Optional<StoredDocument> find(String documentId, Collection<TenantId> tenantIds) {
    if (tenantIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql("select " + COLUMNS + " from plan_document where id = :id and tenant_id in (:tenants)")
        .param("id", documentId).param("tenants", TenantId.values(tenantIds))
        .query(JdbcDocumentStore::document)
        .optional();
  }

  @Override
  public byte[] content(String documentId) {
    record Stored(TenantId tenantId, String planId, Kind kind, String subject, DocumentFormat format, byte[] content) {
    }
    Stored stored = jdbc.sql("select tenant_id, plan_id, kind, subject, format, content from plan_document where id = ?").params(documentId)
        .query((rs, row) -> new Stored(TenantId.of(rs.getString(1)), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
            DocumentFormat.valueOf(rs.getString(5)), rs.getBytes(6)))
        .single();
    if (stored.format() != DocumentFormat.HTML || !ImageAddresses.namesImages(stored.content())) {
      return stored.content();
    }
    return ImageAddresses.inline(stored.content(), attachments(stored.planId(), stored.kind(), stored.subject(), stored.tenantId()));
  }

  private static StoredDocument document(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(rs.getString("id"), TenantId.of(rs.getString("tenant_id")), rs.getString("plan_id"), Kind.valueOf(rs.getString("kind")),
        rs.getString("subject"), rs.getInt("version"), rs.getString("label"), DocumentFormat.valueOf(rs.getString("format")),
        rs.getString("title"), rs.getInt("size"), rs.getObject("created_at", OffsetDateTime.class));
  }
}
