package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_ProduceNotificationAcknowledgement} and {@code Task_ProduceChangeAcknowledgement}: the written
 * acknowledgement of the latest notification the defendant made about the order ({@code orderId}), the first or a change.
 */
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
