package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.monitoring.ApplicationKind;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_ProduceVariationOrder}: the order varying the SPO ({@code orderId}), as the court granted it. */
@Component
class ProduceVariationOrderDelegate extends DocumentStep {

    ProduceVariationOrderDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.orderChange(ProcessVariables.orderId(execution), caseReference, ApplicationKind.VARIATION);
    }
}
