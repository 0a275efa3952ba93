package uk.police.spo.documents;

/**
 * The documents the system produces, each made by one XSLT template under {@code documents/}, and who receives it.
 * The court papers are served on or handed to the defendant (the application goes with the summons) and the breach
 * summary for prosecutors can be disclosed to the defence, so each must be checked for the victim's contact details.
 * The case summary stays with the force's supervisors; it is rendered with the same check all the same, since it is
 * meant to hold no contact detail either. The referral letters go to a partner agency, never to the defendant: they
 * carry the victim's contact details the partner's allow-list releases, and are checked for those it withholds.
 */
public enum DocumentType {

    SPO_APPLICATION("spo-application.xsl", Audience.DEFENDANT),
    INTERIM_SPO("interim-spo.xsl", Audience.DEFENDANT),
    FULL_SPO("full-spo.xsl", Audience.DEFENDANT),
    NOTIFICATION_NOTICE("notification-notice.xsl", Audience.DEFENDANT),
    NOTIFICATION_ACKNOWLEDGEMENT("notification-acknowledgement.xsl", Audience.DEFENDANT),
    ORDER_CHANGE("order-change.xsl", Audience.DEFENDANT),
    BREACH_SUMMARY("breach-summary.xsl", Audience.DEFENDANT),
    CASE_SUMMARY("case-summary.xsl", Audience.FORCE),
    MARAC_REFERRAL_LETTER("marac-referral-letter.xsl", Audience.PARTNER),
    HOUSING_REFERRAL_LETTER("housing-referral-letter.xsl", Audience.PARTNER),
    ADVOCACY_REFERRAL_LETTER("advocacy-referral-letter.xsl", Audience.PARTNER);

    /** Who a document is for. */
    public enum Audience {
        /** Served on or disclosable to the defendant: no victim contact detail at all. */
        DEFENDANT,
        /** Kept within the force. */
        FORCE,
        /** Sent to a partner agency: the victim's contact details only as that partner's allow-list releases them. */
        PARTNER
    }

    private final String template;
    private final Audience audience;

    DocumentType(String template, Audience audience) {
        this.template = template;
        this.audience = audience;
    }

    String template() {
        return "documents/" + template;
    }

    public Audience audience() {
        return audience;
    }

    public boolean servedOnDefendant() {
        return audience == Audience.DEFENDANT;
    }
}
