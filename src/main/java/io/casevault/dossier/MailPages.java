package io.casevault.dossier;

import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * E-mail in the dossier: an e-mail exhibit's readable pages under its stamp (From, To, Cc, the date with the zone
 * the sender wrote it in, Subject; the body as text, wrapped like all text; its attachments with their exhibit
 * numbers), and the correspondence section, one table grouping the messages by conversation.
 */
final class MailPages {
    private static final float LABEL_WIDTH = 112;
    /** A longer body is cut here; the attached original holds it whole. */
    private static final int MAX_BODY = 30_000;
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final PageFlow flow;
    private final Texts texts;

    MailPages(PageFlow flow, Texts texts) {
        this.flow = flow;
        this.texts = texts;
    }

    /** Whether an exhibit is an e-mail as imported (its original a {@code message/rfc822} file). */
    static boolean isMail(Evidence e) {
        return "message/rfc822".equals(e.mediaType());
    }

    /** Writes the message below the exhibit's stamp, on as many pages as the body needs. */
    void message(MailContent m) {
        flow.gap(10);
        flow.rule(0.6f, 0.5f);
        flow.gap(6);
        flow.field(texts.get("mail.from"), m.from(), LABEL_WIDTH);
        flow.field(texts.get("mail.to"), String.join("\n", m.to()), LABEL_WIDTH);
        if (!m.cc().isEmpty()) {
            flow.field(texts.get("mail.cc"), String.join("\n", m.cc()), LABEL_WIDTH);
        }
        flow.field(texts.get("mail.date"), m.date() == null ? texts.get("mail.noDate")
                : SENT.format(m.date().atZone(m.zone()))
                + (m.zone() instanceof java.time.ZoneOffset ? "" : " (" + m.zone().getId() + ")"), LABEL_WIDTH);
        flow.field(texts.get("mail.subject"), m.subject(), LABEL_WIDTH);
        if (!m.attachments().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (MailContent.Attachment a : m.attachments()) {
                lines.add(a.exhibit() == null ? texts.get("mail.attachmentNotStored", a.name())
                        : texts.get("mail.attachmentExhibit", a.name(), a.exhibit()));
            }
            flow.field(texts.get("mail.attachments"), String.join("\n", lines), LABEL_WIDTH);
        }
        flow.gap(6);
        flow.rule(0.8f, 0.3f);
        flow.gap(8);
        String body = m.body().strip();
        if (body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY) + "\n…\n" + texts.get("mail.bodyCut");
        }
        flow.paragraph(body.isEmpty() ? texts.get("mail.noBody") : body, Style.BODY);
    }

    /**
     * The correspondence: each conversation a heading row (subject, number of messages), then its messages — when,
     * who wrote, the summary with the ticket number, the e-mail's exhibit. Nothing when the case has no e-mail.
     */
    void correspondence(List<MailSource.Conversation> conversations, DossierInput in, List<TocEntry> toc) {
        if (conversations.isEmpty()) {
            return;
        }
        flow.sectionTitle(texts.get("section.correspondence"));
        toc.add(new TocEntry(texts.get("section.correspondence"), 0, flow.page()));
        Map<Long, FollowUp> followUps = in.followUps().stream()
                .collect(Collectors.toMap(FollowUp::id, Function.identity()));
        Map<Long, String> emlExhibit = new HashMap<>();
        for (ExhibitInput x : in.exhibits()) {
            if (isMail(x.evidence())) {
                x.links().followUpIds().forEach(id -> emlExhibit.putIfAbsent(id, x.evidence().exhibit()));
            }
        }
        TableLayout table = new TableLayout(flow, new float[] {0.18f, 0.16f, 0.54f, 0.12f},
                List.of(texts.get("chrono.when"), texts.get("mail.who"), texts.get("mail.message"),
                        texts.get("mail.exhibit")), Style.TABLE);
        table.start();
        for (MailSource.Conversation c : conversations) {
            List<FollowUp> members = c.followUpIds().stream().map(followUps::get).filter(f -> f != null).toList();
            if (members.isEmpty()) {
                continue;
            }
            table.groupHeading("", "", texts.get("mail.thread", c.subject(), members.size()), "");
            for (FollowUp f : members) {
                String ticket = f.ticketRef() == null ? "" : texts.get("chrono.ticket", f.ticketRef()) + " · ";
                String who = texts.label(f.direction()) + (f.contactPerson() == null ? "" : "\n" + f.contactPerson());
                table.row(texts.dateTime(f.at(), f.zone()), who, ticket + f.summary(), emlExhibit.getOrDefault(f.id(), ""));
            }
        }
    }
}
