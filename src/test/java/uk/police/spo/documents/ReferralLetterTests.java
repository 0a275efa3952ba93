package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.ReferralLetterContent;
import uk.police.spo.partners.ReferralPartner;

/**
 * The referral letters to MARAC, housing and advocacy: partners' documents, made only from the facts a referral
 * releases, and refused when they would show a victim contact detail the partner is not given.
 */
class ReferralLetterTests {

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    @ParameterizedTest
    @EnumSource(ReferralLetterData.Addressee.class)
    void eachLetterIsAPartnersDocumentNotTheDefendants(ReferralLetterData.Addressee addressee) {
        ReferralLetterData letter = DocumentSamples.letter(addressee);

        assertThat(letter.type().audience()).isEqualTo(DocumentType.Audience.PARTNER);
        assertThat(letter.type().servedOnDefendant()).isFalse();
        String text = PdfText.of(renderer.render(letter, VictimContacts.noneRecorded()).pdf());
        assertThat(text).contains("OFFICIAL-SENSITIVE", "Case reference SH-2026-000417",
                "Referral id: 3f2c8a4e-6b1d-4c57-9a0e-2d7b5e8f1a93", "Robin Ellery", "07700 900555", "REFERRAL_ANSWERED");
    }

    @Test
    void eachPartnerHasItsOwnTemplate() {
        assertThat(PdfText.of(render(ReferralLetterData.Addressee.MARAC)))
                .contains("Referral to MARAC", "The MARAC coordinator", "MARAC information-sharing basis");
        assertThat(PdfText.of(render(ReferralLetterData.Addressee.HOUSING)))
                .contains("Referral to the housing service", "The housing options team", "recorded consent");
        assertThat(PdfText.of(render(ReferralLetterData.Addressee.ADVOCACY)))
                .contains("Referral to the advocacy service", "ISAC/IDVA", "breach of the Stalking Protection Order");
    }

    @Test
    void aLetterStatesTheReleasedFactsAndNothingElse() {
        Map<String, Object> released = new LinkedHashMap<>();
        released.put("victim.name", "Robin Ellery");
        released.put("victim.address", "22 Linden Close, Marlbury MB2 4XY");
        released.put("victim.safeContact.method", "EMAIL");
        released.put("victim.safeContact.detail", "robin.safe@example.org");
        released.put("risk.level", "HIGH");
        released.put("risk.immediateDanger", true);
        released.put("relationship", "EX_PARTNER");
        released.put("suspect.name", "Dylan Ashcombe");
        // a fact no letter part reads is never printed, whoever passed it
        released.put("victim.phone", "07700 900777");
        ReferralLetterContent content = new ReferralLetterContent("5d0c1e7a-2b3f-4c8d-9e0f-1a2b3c4d5e6f",
                UUID.randomUUID(), "SH-2026-000418", ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT,
                Instant.parse("2026-12-01T09:30:00Z"), released);

        ReferralLetterData data = ReferralLetterFacts.data(content, DocumentSamples.FORCE);
        String text = PdfText.of(renderer.render(data, VictimContacts.noneRecorded()).pdf());

        assertThat(data.type()).isEqualTo(DocumentType.HOUSING_REFERRAL_LETTER);
        assertThat(text).contains("Robin Ellery", "22 Linden Close, Marlbury MB2 4XY", "email", "robin.safe@example.org",
                "Risk level: high", "Immediate danger when reported: yes", "ex partner", "Dylan Ashcombe",
                "safe accommodation", "1 December 2026");
        assertThat(text).doesNotContain("900777", "Date of birth", "Online accounts", "Incidents reported", "The breach");
    }

    @Test
    void aLetterShowingAContactDetailThePartnerIsNotGivenIsRefused() {
        // the victim's home address, withheld from MARAC, ended up in another field
        ReferralLetterData marac = DocumentSamples.letter(ReferralLetterData.Addressee.MARAC);
        ReferralLetterData leaking = new ReferralLetterData(marac.caseReference(), marac.policeForce(), marac.addressee(),
                marac.referralId(), marac.purpose(), marac.basis(), marac.sentOn(), marac.victim(), marac.risk(),
                marac.relationship(), marac.incidents(), new ReferralLetterData.Suspect("Dylan Ashcombe", null,
                        "seen at Flat 3, 41 Quillfeather Row, Marlbury MB7 9QZ", null, List.of()), null);

        assertThatThrownBy(() -> renderer.render(leaking, DocumentSamples.VICTIM))
                .isInstanceOfSatisfying(VictimDetailsExposedException.class,
                        refused -> assertThat(refused.detail()).isEqualTo("address"));
    }

    @Test
    void aLetterLeavingTheForceCannotBeRenderedWithoutTheContactsToCheck() {
        assertThatThrownBy(() -> renderer.render(DocumentSamples.letter(ReferralLetterData.Addressee.HOUSING), null))
                .isInstanceOf(NullPointerException.class);
    }

    private static byte[] render(ReferralLetterData.Addressee addressee) {
        return renderer.render(DocumentSamples.letter(addressee), DocumentSamples.VICTIM).pdf();
    }
}
