package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_ProduceInterimOrder}: the interim SPO the court made ({@code interimOrderId}). */
@Component
class ProduceInterimOrderDelegate extends DocumentStep {

    ProduceInterimOrderDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.order(id(execution, "interimOrderId"), caseReference);
    }
}
