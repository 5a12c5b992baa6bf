package io.casevault.dossier;

import io.casevault.domain.Evidence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;

/**
 * The exhibits: each image on its own page under its label, caption, original name, times and SHA-256; each page of
 * a PDF exhibit imported under the same stamp; any other file described and attached.
 */
final class ExhibitPages {
    private static final Logger LOG = LoggerFactory.getLogger(ExhibitPages.class);
    private static final float LABEL_WIDTH = 112;
    private static final float MAX_UPSCALE = 4f;

    private final PageFlow flow;
    private final Texts texts;
    private final DossierOptions options;
    private final Archival archival;
    private final List<PageLabel> labels;
    private final ExhibitFacts facts;
    private final DossierInput in;
    private final TextLayer textLayer;
    private final boolean submission;
    private int textLines;

    /**
     * @param facts      what the pages say an exhibit shows and proves (its screenshots perhaps read ahead)
     * @param submission a submission copy: an original not attached is kept by the sender, not left out by choice
     */
    ExhibitPages(PageFlow flow, Texts texts, DossierInput in, DossierOptions options, Archival archival,
                 List<PageLabel> labels, ExhibitFacts facts, boolean submission) {
        this.flow = flow;
        this.texts = texts;
        this.in = in;
        this.options = options;
        this.archival = archival;
        this.labels = labels;
        this.facts = facts;
        this.textLayer = new TextLayer(flow.fonts().face(false));
        this.submission = submission;
    }

    /** How many recognised lines the exhibits' text layers carry so far. */
    int textLines() {
        return textLines;
    }

    /** Writes one prepared exhibit and attaches its original when allowed; returns its first page. */
    PDPage write(PreparedExhibit p) throws IOException {
        ExhibitInput x = p.exhibit();
        Evidence e = x.evidence();
        String attachment = p.attachment() == null ? null : p.attachment().name();
        MailContent mail = MailPages.isMail(e) ? in.mail().content(e).orElse(null) : null;
        PDPage first;
        if (p.image() != null) {
            var embedded = ImageEmbedder.embed(flow.doc(), p.image(), e.mediaType(), x.redactions());
            first = embedded.isPresent() ? imagePage(x, embedded.get(), attachment)
                    : otherPage(x, attachment, texts.get("exhibit.unreadable", e.mediaType()));
            embedded.ifPresent(em -> LOG.debug("{} embedded as {}", e.exhibit(), em.method()));
        } else if ("application/pdf".equals(e.mediaType())) {
            first = pdfPages(x, attachment);
        } else if (mail != null) {
            first = mailPages(x, attachment, mail);
        } else {
            first = otherPage(x, attachment, texts.get("exhibit.otherFile"));
        }
        if (p.attachment() != null) {
            archival.attachOriginal(p.attachment(), e.exhibit() + " " + e.caption(), e.mediaType(), e.importedAt());
        }
        return first;
    }

    private PDPage imagePage(ExhibitInput x, ImageEmbedder.Embedded embedded, String attachment) throws IOException {
        PDPage page = header(x, attachment, null);
        labels.add(new PageLabel(flow.doc().getNumberOfPages() - 1, x.evidence().exhibit(), false, 1));
        var image = embedded.image();
        int orientation = x.evidence().orientation();
        boolean swap = Orientation.swapsAxes(orientation);
        float dw = swap ? image.getHeight() : image.getWidth();
        float dh = swap ? image.getWidth() : image.getHeight();
        float top = flow.y() - 10;
        float boxW = PageFlow.width();
        float boxH = top - PageFlow.BOTTOM;
        float scale = Math.min(MAX_UPSCALE, Math.min(boxW / dw, boxH / dh));
        float w = dw * scale;
        float h = dh * scale;
        float x0 = PageFlow.LEFT + (boxW - w) / 2;
        float y0 = top - h;
        PDPageContentStream cs = flow.content();
        cs.drawImage(image, Orientation.matrix(orientation, x0, y0, w, h));
        if (!x.lines().isEmpty()) {
            // the recorded size is the original's, the space of the boxes, whatever size the embedded image has
            Evidence e = x.evidence();
            int storedW = e.width() != null ? e.width() : image.getWidth();
            int storedH = e.height() != null ? e.height() : image.getHeight();
            textLines += textLayer.draw(cs, x.lines(), x.redactions(),
                    new TextLayer.Placement(storedW, storedH, orientation, x0, y0, w, h));
        }
        frame(cs, x0, y0, w, h);
        flow.closePage();
        return page;
    }

    private PDPage pdfPages(ExhibitInput x, String attachment) throws IOException {
        Evidence e = x.evidence();
        PDDocument source;
        try {
            source = Loader.loadPDF(new RandomAccessReadBufferedFile(in.blobs().path(e.sha256()).toFile()));
        } catch (IOException | RuntimeException ex) {
            LOG.info("{} could not be opened as a PDF: {}", e.exhibit(), ex.toString());
            return otherPage(x, attachment, texts.get("exhibit.unreadable", e.mediaType()));
        }
        try (source) {
            int count = source.getNumberOfPages();
            if (count == 0) {
                return otherPage(x, attachment, texts.get("exhibit.unreadable", e.mediaType()));
            }
            LayerUtility layers = new LayerUtility(flow.doc());
            PDPage first = null;
            for (int i = 0; i < count; i++) {
                PDFormXObject form = layers.importPageAsForm(source, i);
                PDPage page = header(x, attachment, texts.get("exhibit.pdfPage", i + 1, count));
                if (first == null) {
                    first = page;
                    labels.add(new PageLabel(flow.doc().getNumberOfPages() - 1, e.exhibit() + "-", true, 1));
                }
                placeForm(form);
                flow.closePage();
            }
            return first;
        } catch (IOException | RuntimeException ex) {
            LOG.info("{} could not be imported as a PDF: {}", e.exhibit(), ex.toString());
            return otherPage(x, attachment, texts.get("exhibit.unreadable", e.mediaType()));
        }
    }

    private void placeForm(PDFormXObject form) throws IOException {
        Rectangle2D bounds = form.getBBox().transform(form.getMatrix()).getBounds2D();
        float top = flow.y() - 10;
        float boxW = PageFlow.width();
        float boxH = top - PageFlow.BOTTOM;
        float scale = (float) Math.min(boxW / bounds.getWidth(), boxH / bounds.getHeight());
        float w = (float) bounds.getWidth() * scale;
        float h = (float) bounds.getHeight() * scale;
        float x0 = PageFlow.LEFT + (boxW - w) / 2;
        float y0 = top - h;
        PDPageContentStream cs = flow.content();
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x0 - (float) bounds.getX() * scale,
                y0 - (float) bounds.getY() * scale));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        frame(cs, x0, y0, w, h);
    }

    /** An e-mail: its stamp, then the message as text ({@link MailPages}). */
    private PDPage mailPages(ExhibitInput x, String attachment, MailContent mail) {
        flow.closePage();
        PDPage page = header(x, attachment, null);
        labels.add(new PageLabel(flow.doc().getNumberOfPages() - 1, x.evidence().exhibit(), false, 1));
        new MailPages(flow, texts).message(mail);
        flow.closePage();
        return page;
    }

    private PDPage otherPage(ExhibitInput x, String attachment, String note) {
        flow.closePage();
        PDPage page = header(x, attachment, null);
        labels.add(new PageLabel(flow.doc().getNumberOfPages() - 1, x.evidence().exhibit(), false, 1));
        flow.gap(12);
        flow.paragraph(note, Style.BODY);
        flow.closePage();
        return page;
    }

    /** A new page with the exhibit's stamp: label, caption and the facts that identify the original. */
    private PDPage header(ExhibitInput x, String attachment, String pageNote) {
        Evidence e = x.evidence();
        PDPage page = flow.newPage();
        String title = e.exhibit() + "  " + (e.caption().isBlank() ? e.originalName() : e.caption());
        flow.paragraph(pageNote == null ? title : texts.get("exhibit.titleWithPage", title, pageNote),
                new Style(true, 14f, 19f, 0f));
        flow.gap(4);
        flow.rule(0.3f, 0.8f);
        flow.gap(4);
        flow.field(texts.get("exhibit.file"), e.originalName(), LABEL_WIDTH);
        String type = e.mediaType() + " · " + Texts.bytes(e.size())
                + (e.width() == null ? "" : " · " + texts.get("exhibit.pixels", e.width(), e.height()));
        flow.field(texts.get("exhibit.type"), type, LABEL_WIDTH);
        if (e.capturedAt() != null) {
            flow.field(texts.get("exhibit.captured"), texts.get("exhibit.capturedValue",
                    texts.dateTimeSeconds(e.capturedAt()), texts.label(e.captureSource())), LABEL_WIDTH);
        }
        flow.field(texts.get("exhibit.imported"), texts.dateTimeSeconds(e.importedAt()), LABEL_WIDTH);
        flow.field(texts.get("exhibit.sha256"), e.sha256(), LABEL_WIDTH);
        String shows = facts.shows(x);
        if (!shows.isEmpty()) {
            flow.field(texts.get("exhibit.shows"), shows, LABEL_WIDTH);
        }
        String proves = facts.proves(x);
        if (!proves.isEmpty()) {
            flow.field(texts.get("exhibit.links"), proves, LABEL_WIDTH);
        }
        String status = x.isRedacted() ? texts.get("exhibit.redacted", x.redactions().size())
                : attachment != null ? texts.get("exhibit.attached", attachment)
                : texts.get(submission ? "exhibit.keptBySender" : "exhibit.notAttached");
        flow.field(texts.get("exhibit.attachment"), status, LABEL_WIDTH);
        return page;
    }

    private static void frame(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.setStrokingColor(0.7f);
        cs.setLineWidth(0.5f);
        cs.addRect(x - 0.25f, y - 0.25f, w + 0.5f, h + 0.5f);
        cs.stroke();
    }
}
