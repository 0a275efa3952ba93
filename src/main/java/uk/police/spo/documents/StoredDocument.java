package uk.police.spo.documents;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A document kept for a case: what it is and its fingerprint, without the bytes. */
public record StoredDocument(
        UUID id,
        UUID caseId,
        DocumentType type,
        int version,
        String sha256,
        long sizeBytes,
        String mediaType,
        Instant createdAt,
        String createdBy) {

    public static final String PDF = "application/pdf";

    /** {@code SH-2026-000123-full-spo-v2.pdf}: the reference, the type and the version, nothing about people. */
    public String fileName(String caseReference) {
        return caseReference + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-v" + version + ".pdf";
    }
}
