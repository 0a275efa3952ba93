package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.monitoring.ApplicationKind;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_ProduceRenewalOrder}: the order renewing the SPO ({@code orderId}), as the court granted it. */
@Component
class ProduceRenewalOrderDelegate extends DocumentStep {

    ProduceRenewalOrderDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.orderChange(ProcessVariables.orderId(execution), caseReference, ApplicationKind.RENEWAL);
    }
}
