package uk.police.spo.documents;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_ProduceSpoApplication}: the SPO application as lodged with the court ({@code spoApplicationId}). */
@Component
class ProduceSpoApplicationDelegate extends DocumentStep {

    ProduceSpoApplicationDelegate(CaseDocumentData data, CaseDocuments documents) {
        super(data, documents);
    }

    @Override
    CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference) {
        return data.spoApplication(ProcessVariables.spoApplicationId(execution), caseReference);
    }
}
