package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_ProduceFullOrder}: the full SPO the court made ({@code fullOrderId}). */
@Component
class ProduceFullOrderDelegate extends DocumentStep {

    ProduceFullOrderDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.order(id(execution, "fullOrderId"), caseReference);
    }
}
