package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check reads the finished PDF itself, so it catches a leak that got past the XML and the FO checks:
 * here FOP is handed XSL-FO directly, as a faulty template or a future FOP extension might produce it.
 */
class VictimDetailCheckTests {

    private static final VictimDetailCheck CHECK = new VictimDetailCheck(DocumentSamples.VICTIM);
    private static FoRenderer fop;

    @BeforeAll
    static void fop() {
        fop = new FoRenderer();
    }

    @Test
    void findsThePhoneInThePagesCompressedText() {
        byte[] pdf = fop.toPdf(fo("", "Ring 07700 913572 after six."));

        assertThatThrownBy(() -> CHECK.inText("text", PdfContent.read(pdf).text()))
                .isInstanceOf(VictimDetailsExposedException.class).hasMessageContaining("phone");
    }

    @Test
    void findsTheEmailInTheXmpMetadataAndTheRawBytes() {
        byte[] pdf = fop.toPdf(fo("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">robin.q7vict@example.org</rdf:li></rdf:Alt></dc:description>",
                "Nothing on the page."));

        assertThatCode(() -> CHECK.inText("text", PdfContent.read(pdf).text())).doesNotThrowAnyException();
        assertThatThrownBy(() -> CHECK.inText("XMP metadata", PdfContent.read(pdf).metadata()))
                .isInstanceOf(VictimDetailsExposedException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> CHECK.inBytes("raw bytes", pdf))
                .isInstanceOf(VictimDetailsExposedException.class).hasMessageContaining("email");
    }

    @Test
    void findsAnAddressBrokenOverLines() {
        assertThatThrownBy(() -> CHECK.inText("text", "Flat 3,\n41 Quillfeather\nRow"))
                .isInstanceOf(VictimDetailsExposedException.class).hasMessageContaining("address");
    }

    @Test
    void findsAValueInUtf16Bytes() {
        byte[] bytes = ("title " + DocumentSamples.VICTIM.phone()).getBytes(StandardCharsets.UTF_16BE);

        assertThatThrownBy(() -> CHECK.inBytes("raw bytes", bytes)).isInstanceOf(VictimDetailsExposedException.class);
    }

    @Test
    void passesTheDefendantsOwnDetailsAndWhatIsNotSpecificToTheVictim() {
        assertThatCode(() -> CHECK.inText("text", "Flat 3, 12 Orchard Lane, Hitchin SG4 0AA, 07700 900001, Marlbury"))
                .doesNotThrowAnyException();
    }

    private static byte[] fo(String xmp, String body) {
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="en-GB" font-family="Noto Sans">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:declarations>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Leak</rdf:li></rdf:Alt></dc:title>
                          %s
                        </rdf:Description>
                      </rdf:RDF>
                    </x:xmpmeta>
                  </fo:declarations>
                  <fo:page-sequence master-reference="A4">
                    <fo:flow flow-name="xsl-region-body"><fo:block>%s</fo:block></fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """.formatted(xmp, body);
        return fo.getBytes(StandardCharsets.UTF_8);
    }
}
