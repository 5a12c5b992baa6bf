package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.util.List;

/** What every page carries once all pages exist: the footer with "n / N", page labels, and the bookmarks. */
final class Furniture {
    private static final Style FOOTER = new Style(false, 7.5f, 10f, 0.45f);

    private final PageFlow flow;
    private final Texts texts;

    Furniture(PageFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    void footers(String caseTitle) throws IOException {
        PDDocument doc = flow.doc();
        int total = doc.getNumberOfPages();
        String left = printableFit(texts.get("footer.left", caseTitle), PageFlow.width() * 0.7f);
        float y = PageFlow.BOTTOM - 30;
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.setStrokingColor(0.8f);
                cs.setLineWidth(0.4f);
                cs.moveTo(PageFlow.LEFT, y + 11);
                cs.lineTo(PageFlow.LEFT + PageFlow.width(), y + 11);
                cs.stroke();
                flow.drawText(cs, left, PageFlow.LEFT, y, FOOTER);
                String number = texts.get("footer.pages", n, total);
                float w = flow.textWidth(number, FOOTER);
                flow.drawText(cs, number, PageFlow.LEFT + PageFlow.width() - w, y, FOOTER);
            }
        }
    }

    private String printableFit(String text, float width) {
        String s = flow.fonts().face(false).printableLine(text);
        if (flow.textWidth(s, FOOTER) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && flow.textWidth(s.substring(0, end) + "…", FOOTER) > width) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end) + "…";
    }

    /**
     * Page labels: the dossier's own pages by number, exhibit pages by exhibit (E-3; E-4-1, E-4-2 …), and the pages
     * from {@code exhibitsEnd} on by number again.
     */
    void pageLabels(List<PageLabel> exhibitLabels, int exhibitsEnd) {
        PDDocument doc = flow.doc();
        PDPageLabels labels = new PDPageLabels(doc);
        labels.setLabelItem(0, numbered(1));
        for (PageLabel l : exhibitLabels) {
            PDPageLabelRange range = new PDPageLabelRange();
            range.setPrefix(l.prefix());
            if (l.numbered()) {
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                range.setStart(l.start());
            }
            labels.setLabelItem(l.pageIndex(), range);
        }
        if (!exhibitLabels.isEmpty() && exhibitsEnd < doc.getNumberOfPages()) {
            labels.setLabelItem(exhibitsEnd, numbered(exhibitsEnd + 1));
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    private static PDPageLabelRange numbered(int start) {
        PDPageLabelRange range = new PDPageLabelRange();
        range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        range.setStart(start);
        return range;
    }

    void outline(List<TocEntry> entries) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem parent = null;
        for (TocEntry e : entries) {
            if (e.page() == null) {
                continue; // in another volume
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.title());
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(e.page());
            dest.setTop((int) PageFlow.SIZE.getHeight());
            item.setDestination(dest);
            if (e.level() == 0 || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        outline.openNode();
        flow.doc().getDocumentCatalog().setDocumentOutline(outline);
    }
}
