package uk.police.spo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as PDFBox extracts it, in a form tests can compare: one space for any run of white space. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) {
        return readable(PdfContent.read(pdf).text());
    }

    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(readable(stripper.getText(document)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the zero-width break opportunities and folds presentation forms (Arabic) back to letters. */
    static String readable(String text) {
        String folded = Normalizer.normalize(text.replace("\u200B", ""), Normalizer.Form.NFKC);
        return folded.replaceAll("\\s+", " ").strip();
    }
}
