package uk.police.spo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of the finished PDF can get at: its text, its metadata and whether it carries files. */
record PdfContent(String text, String metadata, boolean hasEmbeddedFiles) {

    static PdfContent read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfContent(new PDFTextStripper().getText(document), metadata(document), hasEmbeddedFiles(document));
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
