package uk.police.spo.documents;

/** A document could not be produced as it must be; nothing is returned in its place. */
public class DocumentRenderingException extends RuntimeException {

    public DocumentRenderingException(String message) {
        super(message);
    }

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
