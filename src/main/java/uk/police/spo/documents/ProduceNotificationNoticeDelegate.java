package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_ProduceNotificationNotice}: the notice of the notification requirements, once the order ({@code orderId}) is served. */
@Component
class ProduceNotificationNoticeDelegate extends DocumentStep {

    ProduceNotificationNoticeDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.notificationNotice(ProcessVariables.orderId(execution), caseReference);
    }
}
