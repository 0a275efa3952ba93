package uk.police.spo.documents;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What one document states; a template shows these values and nothing else about the case. */
public sealed interface DocumentData permits SpoApplicationData, SpoOrderData,
        NotificationNoticeData, NotificationAcknowledgementData, OrderChangeData {

    @JsonIgnore
    DocumentType type();

    String caseReference();
}
