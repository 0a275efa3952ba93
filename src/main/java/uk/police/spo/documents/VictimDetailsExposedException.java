package uk.police.spo.documents;

/** A defendant's document would have shown one of the victim's contact values; the message never repeats it. */
public class VictimDetailsExposedException extends DocumentRenderingException {

    private final String detail;
    private final String stage;

    VictimDetailsExposedException(String detail, String stage) {
        super("refused: the victim's " + detail + " appears in the document's " + stage);
        this.detail = detail;
        this.stage = stage;
    }

    /** address, phone or email */
    public String detail() {
        return detail;
    }

    /** where it was found: input XML, XSL-FO, text, XMP metadata, raw bytes, ... */
    public String stage() {
        return stage;
    }
}
