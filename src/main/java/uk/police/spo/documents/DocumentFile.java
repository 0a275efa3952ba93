package uk.police.spo.documents;

/** A stored document with its bytes. */
public record DocumentFile(StoredDocument document, byte[] content) {
}
