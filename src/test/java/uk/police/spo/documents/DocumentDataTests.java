package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.spo.documents.OrderChangeData.Change;
import uk.police.spo.documents.SpoOrderData.Kind;

/** The legal rules a document's wording depends on, held by its data rather than left to a template. */
class DocumentDataTests {

    private static final LocalDate MADE_ON = DocumentSamples.MADE_ON;

    @Test
    void aFullOrderForAFixedPeriodRunsAtLeastTwoYears() {
        assertThatThrownBy(() -> fullOrder(new OrderPeriod(MADE_ON, MADE_ON.plusYears(2).minusDays(1))))
                .hasMessageContaining("at least two years");
        assertThat(fullOrder(new OrderPeriod(MADE_ON, MADE_ON.plusYears(2))).type()).isEqualTo(DocumentType.FULL_SPO);
        assertThat(fullOrder(OrderPeriod.untilFurtherOrder(MADE_ON)).period().untilFurtherOrder()).isTrue();
    }

    @Test
    void anInterimOrderHasAFixedPeriod() {
        assertThatThrownBy(() -> new SpoOrderData(Kind.INTERIM, DocumentSamples.REFERENCE, null, null, MADE_ON,
                DocumentSamples.defendant(), DocumentSamples.terms(), OrderPeriod.untilFurtherOrder(MADE_ON), null))
                .hasMessageContaining("fixed period");
    }

    @Test
    void anOrderNeedsAProhibitionOrARequirement() {
        assertThatThrownBy(() -> new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, null, null, MADE_ON,
                DocumentSamples.defendant(), new Terms(List.of(), List.of()), OrderPeriod.untilFurtherOrder(MADE_ON), null))
                .hasMessageContaining("at least one prohibition or requirement");
    }

    @Test
    void theYouthCourtHearsAnApplicationAgainstADefendantUnder18OnTheDayOfApplication() {
        LocalDate applied = DocumentSamples.application(DocumentSamples.defendant()).applicationDate();
        Defendant seventeen = new Defendant("A", null, applied.minusYears(18).plusDays(1), null);
        Defendant eighteen = new Defendant("B", null, applied.minusYears(18), null);

        assertThat(DocumentSamples.application(seventeen).youthCourt()).isTrue();
        assertThat(DocumentSamples.application(eighteen).youthCourt()).isFalse();
    }

    @Test
    void theThreeDaysToNotifyBeginWithTheDayOfService() {
        assertThat(DocumentSamples.notice().notifyBy()).isEqualTo(DocumentSamples.SERVED_ON.plusDays(2));
    }

    @Test
    void aDischargeLeavesNoTermsInForce() {
        assertThatThrownBy(() -> new OrderChangeData(DocumentSamples.REFERENCE, null, null, MADE_ON, DocumentSamples.defendant(),
                Change.DISCHARGE, null, MADE_ON, DocumentSamples.terms(), null, null))
                .hasMessageContaining("no terms");
    }

    @Test
    void theXmlCarriesReportTextAsCharacterDataAndNothingMore() {
        Defendant defendant = new Defendant("</name><script>x</script>]]>", List.of("\u0007bell"), null, null);
        String xml = new String(new DocumentXml().write(fullOrder(defendant)), StandardCharsets.UTF_8);

        assertThat(xml).contains("<name>&lt;/name", "&lt;script", "]]&gt;</name>").doesNotContain("<script>")
                .contains("<aliases><item>\uFFFDbell</item></aliases>")
                .doesNotContain("victim");
    }

    private static SpoOrderData fullOrder(OrderPeriod period) {
        return new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, null, null, MADE_ON, DocumentSamples.defendant(),
                DocumentSamples.terms(), period, null);
    }

    private static SpoOrderData fullOrder(Defendant defendant) {
        return new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, null, null, MADE_ON, defendant,
                DocumentSamples.terms(), OrderPeriod.untilFurtherOrder(MADE_ON), null);
    }
}
