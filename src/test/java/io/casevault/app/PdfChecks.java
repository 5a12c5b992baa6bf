package io.casevault.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Looks inside written dossiers: text, fonts, images, attachments, and veraPDF's verdict. */
public final class PdfChecks {
    private PdfChecks() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** veraPDF's failed PDF/A-3b rules, as "clause: description" lines; empty when the file conforms. */
    public static List<String> pdfaFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String line = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage();
                    if (!failures.contains(line)) {
                        failures.add(line);
                    }
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        }
    }

    /** Every font on every page and inside every form XObject. */
    public static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : doc.getPages()) {
            walk(page.getResources(), (res, name) -> { }, fonts, 0);
        }
        return fonts;
    }

    /** Every image XObject on a page, directly or inside forms. */
    public static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        collectImages(resources, images, 0);
        return images;
    }

    private static void collectImages(PDResources res, List<PDImageXObject> out, int depth) throws IOException {
        if (res == null || depth > 8) {
            return;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img) {
                out.add(img);
            } else if (x instanceof PDFormXObject form) {
                collectImages(form.getResources(), out, depth + 1);
            }
        }
    }

    private static void walk(PDResources res, BiConsumer<PDResources, COSName> unused, List<PDFont> fonts, int depth)
            throws IOException {
        if (res == null || depth > 8) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            fonts.add(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form) {
                walk(form.getResources(), unused, fonts, depth + 1);
            }
        }
    }

    /** Attachment name → bytes. */
    public static Map<String, byte[]> attachments(PDDocument doc) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return files;
        }
        PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> map = tree.getNames();
        if (map != null) {
            for (var e : map.entrySet()) {
                files.put(e.getKey(), e.getValue().getEmbeddedFileUnicode().toByteArray());
            }
        }
        return files;
    }
}
