package uk.police.spo.documents;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.ReferralAttachment;
import uk.police.spo.partners.ReferralAttachments;

/**
 * The documents a referral carries: the court's SPO application referral (kind {@code SPO_APPLICATION}) carries the
 * latest stored SPO application PDF of the case; every other referral carries none. Named by reference, type and
 * version only (StoredDocument.fileName), never by anything about a person.
 */
@Component
class CourtApplicationAttachments implements ReferralAttachments {

	static final String SPO_APPLICATION = "SPO_APPLICATION";

	private final CaseDocuments documents;

	private final CaseRecords cases;

	CourtApplicationAttachments(CaseDocuments documents, CaseRecords cases) {
		this.documents = documents;
		this.cases = cases;
	}

	@Override
	public List<ReferralAttachment> forReferral(UUID referralId, UUID caseId, String kind) {
		if (!SPO_APPLICATION.equals(kind)) {
			return List.of();
		}
		String reference = cases.load(caseId).reference();
		return documents.latest(caseId, DocumentType.SPO_APPLICATION)
			.map(file -> List.of(new ReferralAttachment(file.document().fileName(reference),
					file.document().mediaType(), file.content())))
			.orElseGet(List::of);
	}

}
