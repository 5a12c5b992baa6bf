package io.casevault.dossier;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.Evidence;

import java.util.List;

/** The appendix: the hash manifest of every exhibit and, on request, the case's audit log. */
final class Appendix {
    private final PageFlow flow;
    private final Texts texts;

    Appendix(PageFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    /** @param originalsKept whether to say that the originals, not attached, are kept by the sender (submission copy) */
    void manifest(List<ExhibitInput> exhibits, List<TocEntry> toc, boolean originalsKept) {
        flow.sectionTitle(texts.get("section.manifest"));
        toc.add(new TocEntry(texts.get("section.manifest"), 0, flow.page()));
        flow.paragraph(texts.get("manifest.intro"), Style.SMALL);
        if (originalsKept) {
            flow.gap(4);
            flow.paragraph(texts.get("manifest.originalsKept"), Style.BODY);
        }
        flow.gap(8);
        if (exhibits.isEmpty()) {
            flow.paragraph(texts.get("exhibit.none"), Style.BODY);
            return;
        }
        TableLayout table = new TableLayout(flow, new float[] {0.08f, 0.27f, 0.12f, 0.53f},
                List.of(texts.get("manifest.exhibit"), texts.get("manifest.file"), texts.get("manifest.size"),
                        texts.get("manifest.sha256")), Style.TABLE);
        table.columnStyle(3, Style.HASH);
        table.start();
        for (ExhibitInput x : exhibits) {
            Evidence e = x.evidence();
            table.row(e.exhibit(), e.originalName(), Texts.exactBytes(e.size()), e.sha256());
        }
    }

    void auditLog(List<AuditEntry> entries, List<TocEntry> toc) {
        flow.sectionTitle(texts.get("section.audit"));
        toc.add(new TocEntry(texts.get("section.audit"), 0, flow.page()));
        flow.paragraph(texts.get("audit.intro"), Style.SMALL);
        flow.gap(8);
        if (entries.isEmpty()) {
            flow.paragraph(texts.get("audit.none"), Style.BODY);
            return;
        }
        TableLayout table = new TableLayout(flow, new float[] {0.07f, 0.16f, 0.17f, 0.36f, 0.24f},
                List.of(texts.get("audit.seq"), texts.get("audit.time"), texts.get("audit.event"),
                        texts.get("audit.detail"), texts.get("audit.hash")), Style.TABLE);
        table.columnStyle(3, Style.HASH);
        table.columnStyle(4, Style.HASH);
        table.start();
        for (AuditEntry a : entries) {
            String event = a.entity() + (a.entityId() == null ? "" : " " + a.entityId()) + "\n" + a.action();
            table.row(Long.toString(a.seq()), texts.dateTimeSeconds(a.at()), event, a.detail(), a.hash());
        }
    }
}
