package uk.police.spo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader of the finished PDF can get at: its text, its metadata and whether it carries files. The text keeps
 * every glyph: PDFBox's removal of a glyph drawn again over itself (fake bold) is off, so nothing drawn is left out of
 * what the victim-safe check reads, and the check spares that comparison of each glyph with those drawn before it.
 */
record PdfContent(String text, String metadata, boolean hasEmbeddedFiles) {

    static PdfContent read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            return new PdfContent(stripper.getText(document), metadata(document), hasEmbeddedFiles(document));
        } catch (IOException e) {
            throw new DocumentRenderingException("the rendered PDF cannot be read back", e);
        }
    }

    private static String metadata(PDDocument document) throws IOException {
        StringBuilder all = new StringBuilder();
        PDMetadata xmp = document.getDocumentCatalog().getMetadata();
        if (xmp != null) {
            all.append(new String(xmp.toByteArray(), StandardCharsets.UTF_8)).append('\n');
        }
        PDDocumentInformation info = document.getDocumentInformation();
        for (String key : info.getMetadataKeys()) {
            all.append(key).append(": ").append(info.getCustomMetadataValue(key)).append('\n');
        }
        return all.toString();
    }

    private static boolean hasEmbeddedFiles(PDDocument document) {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        return names != null && names.getEmbeddedFiles() != null;
    }
}
