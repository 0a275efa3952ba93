package uk.police.spo.documents;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** veraPDF's verdict on a PDF: the flavours it claims in its metadata, and the rules it breaks. */
final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    static List<PDFAFlavour> claimedFlavours(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return parser.getFlavours();
        }
    }

    /** Each failed rule once, as "clause-test: description", so a failing test says what to fix. */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
