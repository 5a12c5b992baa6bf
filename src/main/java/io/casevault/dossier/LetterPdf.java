package io.casevault.dossier;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * A complaint letter as an A4 PDF in the dossier's fonts: the text as the user edited it, one paragraph per line,
 * blank lines as space, the first line bold, and "n / N" at the foot of each page. Characters the font lacks show as □.
 */
public final class LetterPdf {
    private static final Style FOOT = new Style(false, 7.5f, 10f, 0.45f);

    private LetterPdf() {
    }

    /** Writes the letter to {@code file} (the caller's temporary file) and returns the number of pages. */
    public static int write(String title, String text, Lang lang, java.time.Instant createdAt, Path file)
            throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            FontSet fonts = FontSet.load(doc);
            PageFlow flow = new PageFlow(doc, fonts);
            flow.newPage();
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isEmpty()) {
                    flow.gap(Style.BODY.leading() * 0.6f);
                } else {
                    flow.paragraph(line, i == 0 ? Style.BODY.bolder() : Style.BODY);
                }
            }
            flow.closePage();
            int pages = doc.getNumberOfPages();
            for (int p = 0; p < pages; p++) {
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(p),
                        org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
                    String foot = (p + 1) + " / " + pages;
                    float w = flow.textWidth(foot, FOOT);
                    flow.drawText(cs, foot, (PageFlow.SIZE.getWidth() - w) / 2, PageFlow.BOTTOM - 28, FOOT);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(fonts.face(false).printableLine(title));
            info.setCreator("CaseVault");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(createdAt.toEpochMilli());
            info.setCreationDate(created);
            doc.getDocumentCatalog().setLanguage(lang == Lang.ZH ? "zh-CN" : "en");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                doc.save(out);
            }
            return pages;
        }
    }
}
