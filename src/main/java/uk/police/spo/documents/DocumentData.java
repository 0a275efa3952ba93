package uk.police.spo.documents;


/** What one document states; a template shows these values and nothing else about the case. */
public sealed interface DocumentData permits SpoApplicationData, SpoOrderData,
        NotificationNoticeData, NotificationAcknowledgementData, OrderChangeData, CaseSummaryData,
        BreachSummaryData, ReferralLetterData {

    DocumentType type();

    String caseReference();
}
