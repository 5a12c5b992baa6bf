package io.casevault.dossier;

import io.casevault.domain.Case;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The cover and the contents. The contents pages are reserved first and filled in once every page exists. */
final class FrontMatter {
    private static final float LABEL_WIDTH = 118;
    private static final Style TOC = Style.BODY;
    private static final Style TOC_SUB = new Style(false, 9f, 13f, 0.1f);

    private final PageFlow flow;
    private final Texts texts;

    FrontMatter(PageFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    void cover(DossierInput in, DossierOptions options, String manifestSha256) {
        Case c = in.caseInfo();
        flow.newPage();
        flow.gap(40);
        flow.paragraph(texts.get("dossier.title"), new Style(false, 12f, 16f, 0.35f));
        flow.gap(6);
        flow.paragraph(c.title(), new Style(true, 22f, 30f, 0f));
        flow.gap(10);
        flow.rule(0.2f, 1.5f);
        flow.gap(16);
        flow.field(texts.get("cover.provider"), c.provider(), LABEL_WIDTH);
        if (c.accountRef() != null && !c.accountRef().isBlank()) {
            flow.field(texts.get("cover.account"), c.maskedAccountRef(), LABEL_WIDTH);
        }
        flow.field(texts.get("cover.category"), texts.label(c.category()), LABEL_WIDTH);
        flow.field(texts.get("cover.amount"), c.amount() == null ? texts.get("cover.none") : c.amount().display(),
                LABEL_WIDTH);
        flow.field(texts.get("cover.demands"), c.demands().isEmpty() ? texts.get("cover.none")
                : numbered(c.demands()), LABEL_WIDTH);
        flow.field(texts.get("cover.status"), texts.label(c.status()), LABEL_WIDTH);
        flow.field(texts.get("cover.incident"), texts.incident(c.incident()), LABEL_WIDTH);
        flow.field(texts.get("cover.opened"), texts.date(c.openedOn()), LABEL_WIDTH);
        flow.field(texts.get("cover.deadline"), c.deadline().map(texts::date).orElse(texts.get("cover.none")),
                LABEL_WIDTH);
        flow.field(texts.get("cover.counts"), texts.get("cover.countsValue", in.transactions().size(),
                in.followUps().size(), in.exhibits().size()), LABEL_WIDTH);
        flow.field(texts.get("cover.generated"), texts.dateTimeSeconds(options.generatedAt()), LABEL_WIDTH);
        flow.gap(18);
        flow.rule(0.75f, 0.5f);
        flow.gap(12);
        flow.paragraph(texts.get("cover.fingerprint"), Style.LABEL);
        flow.gap(2);
        flow.paragraph(manifestSha256, new Style(true, 10.5f, 15f, 0f));
        flow.gap(6);
        flow.paragraph(texts.get("cover.fingerprintNote"), Style.SMALL);
        flow.gap(6);
        flow.paragraph(texts.get("cover.timesZoned", options.zone().getId(),
                Texts.offset(options.generatedAt(), options.zone())), Style.SMALL);
    }

    /** The submission copy's words under the cover: which volume this is, how images were reduced, where originals are. */
    void submissionNote(String volume, String note) {
        flow.gap(12);
        flow.rule(0.75f, 0.5f);
        flow.gap(8);
        flow.paragraph(volume, Style.LABEL);
        flow.gap(2);
        flow.paragraph(note, Style.SMALL);
    }

    private static String numbered(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return s.toString();
    }

    /** Adds as many blank pages as the contents will need and returns them. */
    List<PDPage> reserveContents(int entries) {
        int first = linesOnPage(true);
        int rest = linesOnPage(false);
        int pages = entries <= first ? 1 : 1 + (entries - first + rest - 1) / rest;
        List<PDPage> reserved = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            reserved.add(flow.newPage());
        }
        flow.closePage();
        return reserved;
    }

    private static int linesOnPage(boolean withTitle) {
        float height = PageFlow.top() - PageFlow.BOTTOM - (withTitle ? Style.H1.leading() + 20 : 0);
        return (int) Math.floor(height / TOC.leading());
    }

    /** Writes the contents onto the reserved pages: one line per entry, linked to its page. */
    void fillContents(List<PDPage> pages, List<TocEntry> entries, List<PDPage> allPages) {
        int index = 0;
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            try (PDPageContentStream cs = new PDPageContentStream(flow.doc(), page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = PageFlow.top();
                if (p == 0) {
                    y -= Style.H1.leading();
                    flow.drawText(cs, printable(texts.get("section.contents"), Style.H1), PageFlow.LEFT, y + 6,
                            Style.H1);
                    y -= 20;
                }
                int lines = linesOnPage(p == 0);
                for (int k = 0; k < lines && index < entries.size(); k++, index++) {
                    TocEntry e = entries.get(index);
                    y -= TOC.leading();
                    line(cs, page, e, e.page() == null ? 0 : allPages.indexOf(e.page()) + 1, y);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void line(PDPageContentStream cs, PDPage page, TocEntry e, int pageNo, float y) throws IOException {
        Style s = e.level() == 0 ? TOC.bolder() : TOC_SUB;
        float indent = e.level() == 0 ? 0 : 18;
        String number = e.page() == null ? texts.get("contents.volume", e.elsewhere()) : Integer.toString(pageNo);
        float numberWidth = flow.textWidth(number, s);
        float right = PageFlow.LEFT + PageFlow.width();
        float available = PageFlow.width() - indent - numberWidth - 24;
        String title = fit(printable(e.title(), s), s, available);
        float baseline = y + 4;
        flow.drawText(cs, title, PageFlow.LEFT + indent, baseline, s);
        flow.drawText(cs, number, right - numberWidth, baseline, s);
        // dotted leader between title and number
        float from = PageFlow.LEFT + indent + flow.textWidth(title, s) + 6;
        float to = right - numberWidth - 6;
        if (to > from) {
            cs.setStrokingColor(0.65f);
            cs.setLineWidth(0.6f);
            cs.setLineDashPattern(new float[] {0.6f, 2.4f}, 0);
            cs.moveTo(from, baseline);
            cs.lineTo(to, baseline);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        }
        if (e.page() == null) {
            return; // nothing to link to in this file
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(PageFlow.LEFT + indent, y, right - PageFlow.LEFT - indent, TOC.leading()));
        link.setPrinted(true);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(e.page());
        dest.setTop((int) PageFlow.SIZE.getHeight());
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(dest);
        link.setAction(action);
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(link);
        page.setAnnotations(annotations);
    }

    private String printable(String text, Style s) {
        return flow.fonts().face(s.bold()).printableLine(text);
    }

    /** The text cut with an ellipsis so that it fits on one line. */
    private String fit(String text, Style s, float width) {
        if (flow.textWidth(text, s) <= width) {
            return text;
        }
        String ellipsis = "…";
        int end = text.length();
        while (end > 0 && flow.textWidth(text.substring(0, end) + ellipsis, s) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + ellipsis;
    }
}
