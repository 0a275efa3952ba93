package uk.police.spo.documents;

/**
 * The documents the system produces, each made by one XSLT template under {@code documents/}.
 * The court papers are served on or handed to the defendant (the application goes with the summons) and the breach
 * summary for prosecutors can be disclosed to the defence, so each must be checked for the victim's contact details. The case summary stays with the force's supervisors; it is rendered with
 * the same check all the same, since it is meant to hold no contact detail either.
 */
public enum DocumentType {

    SPO_APPLICATION("spo-application.xsl", true),
    INTERIM_SPO("interim-spo.xsl", true),
    FULL_SPO("full-spo.xsl", true),
    NOTIFICATION_NOTICE("notification-notice.xsl", true),
    NOTIFICATION_ACKNOWLEDGEMENT("notification-acknowledgement.xsl", true),
    ORDER_CHANGE("order-change.xsl", true),
    BREACH_SUMMARY("breach-summary.xsl", true),
    CASE_SUMMARY("case-summary.xsl", false);

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
