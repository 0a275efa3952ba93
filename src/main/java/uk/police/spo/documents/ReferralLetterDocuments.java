package uk.police.spo.documents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.partners.ReferralAttachment;
import uk.police.spo.partners.ReferralLetterContent;
import uk.police.spo.partners.ReferralLetters;
import uk.police.spo.partners.ReferralPartner;

/**
 * The referral letters for MARAC, housing and advocacy, rendered when the referral is sent from the facts it releases.
 * They are not stored with the case's documents: the documents API lets every officer of the unit download a document,
 * while the victim's contact details in a letter are for the roles that may see them (the referral's fields are in
 * the audit log's DISCLOSE entry). Each letter is checked for the victim's contact details its partner's allow-list
 * withholds: a letter showing one is refused, and the referral goes without it.
 */
@Component
class ReferralLetterDocuments implements ReferralLetters {

    static final Set<ReferralPartner> ADDRESSEES =
            EnumSet.of(ReferralPartner.MARAC, ReferralPartner.HOUSING, ReferralPartner.ADVOCACY);

    private final DocumentRenderer renderer;
    private final CaseRecords cases;
    private final DocumentProperties properties;

    ReferralLetterDocuments(DocumentRenderer renderer, CaseRecords cases, DocumentProperties properties) {
        this.renderer = renderer;
        this.cases = cases;
        this.properties = properties;
    }

    @Override
    public Optional<ReferralAttachment> letterFor(ReferralLetterContent content) {
        if (!ADDRESSEES.contains(content.partner())) {
            return Optional.empty();
        }
        ReferralLetterData data = ReferralLetterFacts.data(content, properties.policeForce());
        RenderedDocument letter = renderer.render(data, withheld(cases.load(content.caseId()), content.facts()));
        return Optional.of(new ReferralAttachment(fileName(content.caseReference(), data.type()), StoredDocument.PDF,
                letter.pdf()));
    }

    /** {@code SH-2026-000123-marac-referral-letter.pdf}: the reference and the type, nothing about people. */
    static String fileName(String caseReference, DocumentType type) {
        return caseReference + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }

    /** The victim's contact values the case holds that the referral does not release. */
    static VictimContacts withheld(CaseFile caseFile, Map<String, Object> released) {
        Optional<CasePerson> victim = caseFile.personIn(PersonRole.VICTIM);
        if (victim.isEmpty()) {
            return VictimContacts.noneRecorded();
        }
        Object address = released.get("victim.address");
        Object channel = released.get("victim.safeContact.detail");
        CasePerson person = victim.get();
        return new VictimContacts(
                person.address() != null && person.address().equals(address) ? null : person.address(),
                person.phone() != null && person.phone().equals(channel) ? null : person.phone(),
                person.email() != null && person.email().equals(channel) ? null : person.email());
    }
}
