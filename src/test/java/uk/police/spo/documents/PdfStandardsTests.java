package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every document type (the case summary too) is what it claims to be: PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible). */
class PdfStandardsTests {

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    static Stream<DocumentData> everyType() {
        // every kind as the renderer sets Latin text, and one set with FOP's complex scripts (FoRenderer)
        return Stream.concat(DocumentSamples.everyKind().stream(), Stream.of(DocumentSamples.fullOrderInComplexScripts()));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void claimsPdfA2aAndPdfUa1(DocumentData data) throws Exception {
        byte[] pdf = renderer.render(data, DocumentSamples.VICTIM).pdf();

        assertThat(PdfConformance.claimedFlavours(pdf)).contains(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void passesVeraPdfAsPdfA2a(DocumentData data) throws Exception {
        byte[] pdf = renderer.render(data, DocumentSamples.VICTIM).pdf();

        assertThat(PdfConformance.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void passesVeraPdfAsPdfUa1(DocumentData data) throws Exception {
        byte[] pdf = renderer.render(data, DocumentSamples.VICTIM).pdf();

        assertThat(PdfConformance.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
