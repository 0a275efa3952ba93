package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_ProduceNotificationAcknowledgement}: the written acknowledgement of the defendant's notification about the order ({@code orderId}). */
@Component
class ProduceNotificationAcknowledgementDelegate extends DocumentStep {

    ProduceNotificationAcknowledgementDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.notificationAcknowledgement(ProcessVariables.orderId(execution), caseReference);
    }
}
