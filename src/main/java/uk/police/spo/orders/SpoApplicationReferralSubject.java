package uk.police.spo.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.partners.ReferralSubject;

/**
 * What the court's referral of an SPO application or appeal is about: the case's latest application, with the
 * force's reasoning on the three-part test and the terms sought. The court's allow-list decides what of it is sent.
 */
@Component
class SpoApplicationReferralSubject implements ReferralSubject {

	private static final Set<String> KINDS = Set.of(SpoApplications.APPLICATION_PURPOSE, SpoApplications.APPEAL_PURPOSE);

	private final SpoApplicationRepository applications;

	SpoApplicationReferralSubject(SpoApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	public boolean describes(String kind) {
		return KINDS.contains(kind);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> fields(UUID caseId, String kind) {
		Map<String, Object> fields = new LinkedHashMap<>();
		applications.findFirstByCaseIdOrderByDecidedAtDesc(caseId).ifPresent(application -> {
			ThreePartTest test = application.test();
			fields.put("application.youthCourt", application.youthCourt());
			fields.put("application.actsAssociated", test.actsAssociated());
			fields.put("application.actsReasoning", test.actsReasoning());
			fields.put("application.riskAssociated", test.riskAssociated());
			fields.put("application.riskReasoning", test.riskReasoning());
			fields.put("application.orderNecessary", test.orderNecessary());
			fields.put("application.necessityReasoning", test.necessityReasoning());
			fields.put("application.terms", terms(application));
			fields.put("application.interimWanted", application.interimWanted());
			application.durationYears().ifPresent(years -> fields.put("application.durationYears", years));
			fields.put("application.untilFurtherOrder", application.untilFurtherOrder());
			if (SpoApplications.APPEAL_PURPOSE.equals(kind)) {
				application.appealReasoning().ifPresent(reasoning -> fields.put("application.appealReasoning", reasoning));
			}
		});
		return fields;
	}

	private static List<Map<String, String>> terms(SpoApplication application) {
		return application.terms()
			.stream()
			.map(term -> Map.of("kind", term.term().kind().name(), "wording", term.term().wording(), "necessity",
					term.term().necessity()))
			.toList();
	}

}
