package uk.police.spo.documents;

/**
 * The documents the system produces, each made by one XSLT template under {@code documents/}.
 * Every type here is served on or handed to the defendant (the application goes with the summons), so
 * every one is checked for the victim's contact details; court-only papers such as a confidential annex
 * would say {@code false}.
 */
public enum DocumentType {

    SPO_APPLICATION("spo-application.xsl", true),
    INTERIM_SPO("interim-spo.xsl", true),
    FULL_SPO("full-spo.xsl", true),
    NOTIFICATION_NOTICE("notification-notice.xsl", true),
    NOTIFICATION_ACKNOWLEDGEMENT("notification-acknowledgement.xsl", true),
    ORDER_CHANGE("order-change.xsl", true);

    private final String template;
    private final boolean servedOnDefendant;

    DocumentType(String template, boolean servedOnDefendant) {
        this.template = template;
        this.servedOnDefendant = servedOnDefendant;
    }

    String template() {
        return "documents/" + template;
    }

    public boolean servedOnDefendant() {
        return servedOnDefendant;
    }
}
