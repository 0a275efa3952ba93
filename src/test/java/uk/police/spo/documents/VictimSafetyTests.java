package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.spo.documents.SpoOrderData.Kind;

/** Nothing the defendant receives shows where the victim lives or how to reach them, whatever went wrong upstream. */
class VictimSafetyTests {

    private static final VictimContacts VICTIM = DocumentSamples.VICTIM;
    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    static List<DocumentData> everyType() {
        return DocumentSamples.everyType();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void theVictimsContactDetailsAreNowhereInTheDocument(DocumentData data) {
        assertThat(data.type().servedOnDefendant()).isTrue();
        byte[] pdf = renderer.render(data, VICTIM).pdf();

        String text = PdfText.of(pdf);
        String metadata = PdfContent.read(pdf).metadata();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        String rawUtf16 = new String(pdf, StandardCharsets.UTF_16BE);
        for (String value : List.of(VICTIM.address(), VICTIM.phone(), VICTIM.email(), "Quillfeather", "913572", "MB7 9QZ")) {
            assertThat(text).doesNotContain(value);
            assertThat(metadata).doesNotContain(value);
            assertThat(raw).doesNotContain(value);
            assertThat(rawUtf16).doesNotContain(value);
        }
    }

    @Test
    void refusesARecordThatCarriesTheVictimsAddress() {
        Terms terms = new Terms(List.of(new OrderTerm(
                "Go within 100 metres of Flat 3, 41 Quillfeather Row, Marlbury MB7 9QZ.", "He waited outside.")), List.of());

        assertRefused(order(terms, null), "address", "input XML");
    }

    @Test
    void refusesTheVictimsPostcodeAlone() {
        assertRefused(order(DocumentSamples.terms(), "within a mile of MB7 9QZ"), "address", "input XML");
    }

    @Test
    void refusesTheVictimsPhoneWrittenAnotherWay() {
        Terms terms = new Terms(List.of(new OrderTerm("Call or text +44 7700-913572.", null)), List.of());

        assertRefused(order(terms, null), "phone", "input XML");
    }

    @Test
    void refusesTheVictimsEmailInAnyField() {
        Defendant defendant = new Defendant("Dylan Ashcombe", List.of("ROBIN.Q7VICT@example.org"), null, null);
        SpoOrderData order = new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, DocumentSamples.FORCE, DocumentSamples.COURT,
                DocumentSamples.MADE_ON, defendant, DocumentSamples.terms(),
                OrderPeriod.untilFurtherOrder(DocumentSamples.MADE_ON), null);

        assertRefused(order, "email", "input XML");
    }

    @Test
    void aTownOnItsOwnIsNotTheVictimsAddress() {
        assertThat(renderer.render(order(DocumentSamples.terms(), "Marlbury"), VICTIM).pdf()).isNotEmpty();
    }

    @Test
    void refusesATemplateThatWritesTheVictimsPhoneIntoThePage() {
        assertRefusedByTemplate("documents-test/leaks-phone-into-text.xsl", "phone", "XSL-FO");
    }

    @Test
    void refusesATemplateThatWritesTheVictimsEmailIntoTheMetadata() {
        assertRefusedByTemplate("documents-test/leaks-email-into-xmp.xsl", "email", "XSL-FO");
    }

    @Test
    void aDocumentForTheDefendantCannotBeRenderedWithoutTheVictimsDetailsToCheck() {
        assertThatThrownBy(() -> renderer.render(DocumentSamples.fullOrder(), null))
                .isInstanceOf(NullPointerException.class);
    }

    private static SpoOrderData order(Terms terms, String locality) {
        return new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, DocumentSamples.FORCE, DocumentSamples.COURT,
                DocumentSamples.MADE_ON, DocumentSamples.defendant(), terms,
                OrderPeriod.untilFurtherOrder(DocumentSamples.MADE_ON), locality);
    }

    private static void assertRefused(DocumentData data, String detail, String stage) {
        assertThatThrownBy(() -> renderer.render(data, VICTIM))
                .isInstanceOfSatisfying(VictimDetailsExposedException.class, refusal -> {
                    assertThat(refusal.detail()).isEqualTo(detail);
                    assertThat(refusal.stage()).isEqualTo(stage);
                    assertThat(refusal.getMessage()).doesNotContain("Quillfeather", "913572", "q7vict");
                });
    }

    private static void assertRefusedByTemplate(String template, String detail, String stage) {
        Function<DocumentType, String> leaky = type -> type == DocumentType.FULL_SPO ? template : type.template();
        DocumentRenderer leakyRenderer = new DocumentRenderer(new DocumentTemplates(leaky));

        assertThatThrownBy(() -> leakyRenderer.render(DocumentSamples.fullOrder(), VICTIM))
                .isInstanceOfSatisfying(VictimDetailsExposedException.class, refusal -> {
                    assertThat(refusal.detail()).isEqualTo(detail);
                    assertThat(refusal.stage()).isEqualTo(stage);
                });
    }
}
