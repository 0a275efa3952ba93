package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseRecords;

class PartnerReferralsTests {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final UUID CASE = UUID.fromString("6f1c3a52-6a43-4b6f-9d5e-0d1f2a3b4c5d");

	final ReferralRepository repository = mock(ReferralRepository.class);

	final CaseRecords cases = mock(CaseRecords.class);

	final AuditTrail audit = mock(AuditTrail.class);

	final PartnerReferrals referrals = new PartnerReferrals(repository, cases, audit, Clock.fixed(NOW, ZoneOffset.UTC));

	@BeforeEach
	void saving() {
		when(repository.save(any())).thenAnswer(call -> call.getArgument(0));
		when(repository.saveAll(anyList())).thenAnswer(call -> call.getArgument(0));
	}

	@Test
	void aMaracReferralIsQueuedOnItsLegalBasisWithoutConsent() {
		Referral marac = referrals.queueMarac(CASE);

		assertThat(marac.partner()).isEqualTo(ReferralPartner.MARAC);
		assertThat(marac.status()).isEqualTo(ReferralStatus.QUEUED);
		assertThat(marac.legalBasis()).isEqualTo(LegalBasis.MARAC_HIGH_RISK);
		verify(cases).record(CASE, "REFERRAL_QUEUED", "MARAC referral queued (high risk)");
	}

	@Test
	void offersShareNothingUntilTheVictimConsents() {
		List<Referral> offered = referrals.offer(CASE, List.of(new ReferralOffer(ReferralPartner.HOUSING,
				"SAFE_ACCOMMODATION")));

		assertThat(offered).singleElement().satisfies(offer -> {
			assertThat(offer.status()).isEqualTo(ReferralStatus.OFFERED);
			assertThat(offer.legalBasis()).isEqualTo(LegalBasis.CONSENT);
			assertThat(offer.purpose()).isEqualTo("SAFE_ACCOMMODATION");
		});
		verify(cases).record(CASE, "REFERRALS_OFFERED", "Referrals offered: HOUSING (SAFE_ACCOMMODATION)");
	}

	@Test
	void noOfferIsRecordedAsSuch() {
		assertThat(referrals.offer(CASE, List.of())).isEmpty();

		verify(cases).record(CASE, "REFERRALS_OFFERED", "No partner referral to offer");
		verify(repository, never()).saveAll(anyList());
	}

	@Test
	void consentQueuesAnOfferAndARefusalDeclinesIt() {
		Referral housing = Referral.offer(CASE, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", NOW);
		Referral advocacy = Referral.offer(CASE, ReferralPartner.ADVOCACY, "RISK_ADVOCACY", NOW);
		Referral marac = Referral.queue(CASE, ReferralPartner.MARAC, "X", LegalBasis.MARAC_HIGH_RISK, NOW);
		when(repository.findByCaseIdOrderByCreatedAt(CASE)).thenReturn(List.of(marac, housing, advocacy));

		referrals.answer(CASE, "SH-2026-000007",
				Map.of(ReferralPartner.HOUSING, true, ReferralPartner.ADVOCACY, false));

		assertThat(housing.status()).isEqualTo(ReferralStatus.QUEUED);
		assertThat(advocacy.status()).isEqualTo(ReferralStatus.DECLINED);
		assertThat(marac.status()).isEqualTo(ReferralStatus.QUEUED);
		InOrder order = inOrder(cases, audit);
		order.verify(cases).record(CASE, "REFERRAL_CONSENT", "Referral answers: HOUSING QUEUED, ADVOCACY DECLINED");
		order.verify(audit).recordAtCommit(AuditAction.COLLECT, "SH-2026-000007", List.of("referral.consent"),
				"referral consent");
	}

	@Test
	void anOfferWithoutAnAnswerIsRefused() {
		when(repository.findByCaseIdOrderByCreatedAt(CASE))
			.thenReturn(List.of(Referral.offer(CASE, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", NOW)));

		assertThatThrownBy(() -> referrals.answer(CASE, "SH-2026-000007", Map.of()))
			.hasMessageContaining("HOUSING");
		verify(audit, never()).recordAtCommit(any(), any(), any(), any());
	}

}
