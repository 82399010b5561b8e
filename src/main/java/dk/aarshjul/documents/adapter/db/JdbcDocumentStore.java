package dk.aarshjul.documents.adapter.db;

import dk.aarshjul.documents.application.DocumentFormat;
import dk.aarshjul.documents.application.DocumentStore;
import dk.aarshjul.shared.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDocumentStore implements DocumentStore {

  private static final String COLUMNS = "id, tenant_id, plan_id, kind, subject, version, label, format, title, octet_length(content) as size, created_at";

  private final JdbcClient jdbc;

  JdbcDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    documents.forEach((format, content) -> jdbc.sql("insert into plan_document"
            + " (id, tenant_id, plan_id, kind, subject, version, label, format, title, content, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), tenantId.value(), planId, kind.name(), subject, version, label, format.name(), title, content, at)
        .update());
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
    return jdbc.sql("select content from plan_document where id = ?").params(documentId).query(byte[].class).single();
  }

  private static StoredDocument document(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(rs.getString("id"), TenantId.of(rs.getString("tenant_id")), rs.getString("plan_id"), Kind.valueOf(rs.getString("kind")),
        rs.getString("subject"), rs.getInt("version"), rs.getString("label"), DocumentFormat.valueOf(rs.getString("format")),
        rs.getString("title"), rs.getInt("size"), rs.getObject("created_at", OffsetDateTime.class));
  }
}
