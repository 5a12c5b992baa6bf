package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.MailImportResult;
import io.casevault.domain.Reason;
import io.casevault.ui.common.Texts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One message about a finished add: how many went in, which were already there, each refused file and why. */
record AddReport(String title, String message, boolean hasRejections) {

    /** {@code text} looks up a bundle key with arguments; {@code reasons} translates a refusal's reason. */
    static AddReport of(List<AddOutcome> outcomes, BiFunction<String, Object[], String> text,
                        Function<Reason, String> reasons) {
        List<AddOutcome.Added> added = outcomes.stream().filter(AddOutcome.Added.class::isInstance)
                .map(AddOutcome.Added.class::cast).toList();
        List<AddOutcome.AlreadyPresent> present = outcomes.stream().filter(AddOutcome.AlreadyPresent.class::isInstance)
                .map(AddOutcome.AlreadyPresent.class::cast).toList();
        List<AddOutcome.Rejected> rejected = outcomes.stream().filter(AddOutcome.Rejected.class::isInstance)
                .map(AddOutcome.Rejected.class::cast).toList();
        StringBuilder msg = new StringBuilder(text.apply("evidence.report.added", new Object[]{added.size()}));
        if (!present.isEmpty()) {
            msg.append('\n').append(text.apply("evidence.report.duplicates", new Object[]{present.size()}));
            for (AddOutcome.AlreadyPresent p : present) {
                msg.append("\n  • ").append(name(p.source())).append(" = ").append(p.evidence().exhibit());
            }
        }
        if (!rejected.isEmpty()) {
            msg.append('\n').append(text.apply("evidence.report.rejected", new Object[]{rejected.size()}));
            for (AddOutcome.Rejected r : rejected) {
                msg.append("\n  • ").append(name(r.source())).append(": ").append(reasons.apply(r.reason()));
            }
        }
        String title = rejected.isEmpty() ? text.apply("evidence.report.title", new Object[]{added.size()})
                : text.apply("evidence.report.titleRejected", new Object[]{rejected.size()});
        return new AddReport(title, msg.toString(), !rejected.isEmpty());
    }

    /** One message about files added and e-mails imported, naming every refused file, message or attachment. */
    static AddReport of(List<AddOutcome> outcomes, MailImportResult mail, Texts texts) {
        StringBuilder msg = new StringBuilder(texts.text("evidence.mail.imported", mail.imported(),
                mail.attachments(), mail.skipped()));
        mail.problems().forEach(p -> msg.append("\n  • ").append(texts.text(p)));
        String title = texts.text("evidence.mail.title", mail.imported());
        boolean refused = !mail.problems().isEmpty();
        if (!outcomes.isEmpty()) {
            AddReport r = of(outcomes, texts::text, texts::text);
            msg.insert(0, r.message() + "\n");
            title = r.title();
            refused |= r.hasRejections();
        }
        return new AddReport(title, msg.toString(), refused);
    }

    private static String name(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }
}
