package uk.police.spo.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_document} table. Plain JDBC rather than JPA: a list never loads the PDFs, and the bytes go in and
 * out as they are, with no LOB type mapping to differ between H2 and MariaDB.
 */
@Repository
class DocumentRows {

    private static final String COLUMNS =
            "id, case_id, type, version, sha256, size_bytes, media_type, created_at, created_by";

    private static final RowMapper<StoredDocument> STORED = DocumentRows::stored;

    private final JdbcTemplate jdbc;

    DocumentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(UUID caseId, DocumentType type) {
        Integer latest = jdbc.queryForObject("select max(version) from case_document where case_id = ? and type = ?",
                Integer.class, caseId.toString(), type.name());
        return latest == null ? 1 : latest + 1;
    }

    void insert(StoredDocument document, byte[] content) {
        jdbc.update("insert into case_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.id().toString(), document.caseId().toString(), document.type().name(), document.version(),
                document.sha256(), document.sizeBytes(), document.mediaType(), Timestamp.from(document.createdAt()),
                document.createdBy(), content);
    }

    List<StoredDocument> forCase(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from case_document where case_id = ? order by created_at, type, version",
                STORED, caseId.toString());
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from case_document where id = ?", STORED, id.toString())
                .stream().findFirst();
    }

    Optional<StoredDocument> latest(UUID caseId, DocumentType type) {
        return jdbc.query("select " + COLUMNS + " from case_document where case_id = ? and type = ? order by version desc",
                        STORED, caseId.toString(), type.name())
                .stream().findFirst();
    }

    byte[] content(UUID id) {
        return jdbc.queryForObject("select content from case_document where id = ?",
                (rs, row) -> rs.getBytes(1), id.toString());
    }

    private static StoredDocument stored(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("case_id")),
                DocumentType.valueOf(rs.getString("type")), rs.getInt("version"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("media_type"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
