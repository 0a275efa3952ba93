package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.spo.documents.SpoOrderData.Kind;

/** Each document states what the law requires of it, read back from the PDF as a reader gets it. */
class DocumentContentTests {

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    private static byte[] render(DocumentData data) {
        return renderer.render(data, DocumentSamples.VICTIM).pdf();
    }

    private static String text(DocumentData data) {
        return PdfText.of(render(data));
    }

    static List<DocumentData> everyType() {
        return DocumentSamples.everyType();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyPageCarriesTheMarkingTheReferenceAndPageXOfY(DocumentData data) {
        List<String> pages = PdfText.pages(render(data));

        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1))
                    .contains("OFFICIAL-SENSITIVE")
                    .contains("Case reference SH-2026-000417")
                    .contains("Page " + page + " of " + pages.size());
        }
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void carriesItsTitleInXmpAndItsLanguage(DocumentData data) throws Exception {
        byte[] pdf = render(data);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(PdfContent.read(pdf).metadata())
                .contains("<dc:title>")
                .contains("rdf:Alt")
                .contains(", case SH-2026-000417");
    }

    @Test
    void fullOrderStatesEachTermItsDurationItsReachAndTheBreachWarning() {
        String text = text(DocumentSamples.fullOrder());

        assertThat(text).contains("Stalking Protection Order", "Dylan Ashcombe", "Dyl Ash; D. Combe",
                "Hertfordshire Magistrates' Court sitting at Stevenage", "Made on: 9 March 2026");
        for (OrderTerm term : DocumentSamples.terms().prohibitions()) {
            assertThat(text).contains(term.text(), term.necessity());
        }
        assertThat(text).contains("The defendant must not:", "The defendant must:",
                "Attend and complete a stalking perpetrator intervention programme.",
                "This order has effect for a fixed period from 9 March 2026 to 9 March 2028.",
                "The prohibitions apply throughout the United Kingdom.",
                "without reasonable excuse", "up to 5 years' imprisonment",
                "Within 3 days beginning with the day this order is served on you");
    }

    @Test
    void fullOrderUntilFurtherOrderLimitedToALocality() {
        SpoOrderData order = new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, DocumentSamples.FORCE,
                DocumentSamples.COURT, DocumentSamples.MADE_ON, DocumentSamples.defendant(), DocumentSamples.terms(),
                OrderPeriod.untilFurtherOrder(DocumentSamples.MADE_ON), "the county of Hertfordshire");

        assertThat(text(order)).contains("This order has effect from 9 March 2026 until further order.",
                "The prohibitions apply only in this locality: the county of Hertfordshire");
    }

    @Test
    void interimOrderEndsWhenTheMainApplicationIsDecided() {
        String text = text(DocumentSamples.interim());

        assertThat(text).contains("Interim Stalking Protection Order", "section 5",
                "until 8 May 2026, or until the court decides the main application",
                "Contact the protected person directly or through anyone else, by any means.",
                "without reasonable excuse", "up to 5 years' imprisonment");
    }

    @Test
    void applicationSetsOutTheComplaintTheThreeConditionsTheEvidenceAndEachTermSought() {
        SpoApplicationData application = DocumentSamples.application(DocumentSamples.defendant());
        String text = text(application);

        assertThat(text).contains("Application for a Stalking Protection Order",
                "Magistrates' court for the local justice area of Hertfordshire",
                "The complaint", application.complaint(),
                "(a) The defendant has carried out acts associated with stalking", application.test().actsAssociatedWithStalking(),
                "(b) The defendant poses a risk associated with stalking to another person", application.test().riskAssociatedWithStalking(),
                "(c) The proposed order is necessary to protect that person from that risk", application.test().necessity(),
                "Summary of the evidence", "Download of 140 messages.",
                "Prohibitions sought", "Requirements sought",
                "interim Stalking Protection Order under section 5",
                "The applicant's police area (section 1(1))", "The defendant resides in the applicant's police area.");
        for (OrderTerm term : DocumentSamples.terms().prohibitions()) {
            assertThat(text).contains(term.text(), "Why this is necessary: " + term.necessity());
        }
        assertThat(text).doesNotContain("Youth court");
    }

    @Test
    void applicationStatesWhyTheChiefOfficerMayApply() {
        SpoApplicationData sample = DocumentSamples.application(DocumentSamples.defendant());

        assertThat(text(withArea(sample, SpoApplicationData.AreaConnection.IN_AREA)))
                .contains("The applicant believes that the defendant is in the applicant's police area.");
        assertThat(text(withArea(sample, SpoApplicationData.AreaConnection.COMING_TO_AREA)))
                .contains("The applicant believes that the defendant is intending to come to the applicant's police area.");
    }

    private static SpoApplicationData withArea(SpoApplicationData a, SpoApplicationData.AreaConnection area) {
        return new SpoApplicationData(a.caseReference(), a.policeForce(), a.localJusticeArea(), a.applicationDate(),
                a.defendant(), a.complaint(), a.test(), a.evidence(), a.termsSought(), a.interimOrderSought(),
                a.locality(), area);
    }

    @Test
    void applicationAgainstADefendantUnder18GoesToTheYouthCourt() {
        Defendant youth = new Defendant("Jamie Fenwick", List.of(), LocalDate.of(2009, 5, 1), null);

        assertThat(text(DocumentSamples.application(youth)))
                .contains("Youth court for the local justice area of Hertfordshire", "The defendant is under 18");
    }

    @Test
    void noticeSaysWhatToNotifyByWhenWhereAndTheConsequences() {
        String text = text(DocumentSamples.notice());

        assertThat(text).contains("Notice of notification requirements", "To: Dylan Ashcombe",
                "Your name, and every other name you use (aliases).", "Your home address.",
                "Within 3 days beginning with the day the order was served on you (10 March 2026): by the end of 12 March 2026.",
                "In person, at a police station in the area of Hertfordshire Constabulary",
                "Stevenage Police Station, Lytton Way, Stevenage SG1 1HF",
                "within 3 days beginning with the day of the change",
                "up to 5 years' imprisonment");
    }

    @Test
    void acknowledgementRecordsWhatWasNotified() {
        String text = text(DocumentSamples.acknowledgement());

        assertThat(text).contains("Acknowledgement of notification", "on 11 March 2026 at Stevenage Police Station",
                "Names: Dylan Ashcombe", "Other names (aliases): Dyl Ash; D. Combe",
                "Home address: 12 Orchard Lane, Hitchin SG4 0AA", "Received by: PC 4471 Morgan",
                "Fingerprints taken: Yes", "Photograph taken: No");
    }

    @Test
    void variationStatesTheTermsAsVaried() {
        String text = text(DocumentSamples.variation());

        assertThat(text).contains("Order varying a Stalking Protection Order", "The court varies the Stalking Protection Order",
                "Order made on: 9 March 2026", "Mention the protected person on any social media.",
                "from 9 March 2026 to 9 March 2029", "only in this locality: Hertfordshire", "up to 5 years' imprisonment");
    }

    @Test
    void dischargeEndsTheOrderAndStatesNoTerms() {
        String text = text(DocumentSamples.discharge());

        assertThat(text).contains("Order discharging a Stalking Protection Order", "The court discharges")
                .doesNotContain("Prohibitions", "must not");
    }

    @Test
    void statesNothingTheRecordDoesNotHold() {
        Defendant bare = new Defendant("Dylan Ashcombe", null, null, null);
        SpoApplicationData application = new SpoApplicationData(DocumentSamples.REFERENCE, DocumentSamples.FORCE,
                "Hertfordshire", DocumentSamples.MADE_ON, bare, "A complaint.",
                new StalkingTest("Acts.", "Risk.", "Necessity."), List.of(),
                new Terms(List.of(new OrderTerm("Contact the protected person.", null)), List.of()), false, null,
                null);

        assertThat(text(application)).doesNotContain("Date of birth", "Home address", "Also known as",
                "Summary of the evidence", "Requirements sought", "Why this is necessary", "Interim order",
                "police area");
    }
}
