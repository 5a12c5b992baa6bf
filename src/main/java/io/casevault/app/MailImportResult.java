package io.casevault.app;

import io.casevault.domain.Reason;

import java.util.List;

/**
 * What a mail import did: messages imported (one follow-up each, in {@code followUps}), messages skipped because the
 * case has them already, attachments stored as exhibits, and one sentence for each file, message or attachment that
 * was not imported.
 */
public record MailImportResult(int imported, int skipped, int attachments, List<Long> followUps,
        List<Reason> problems) {

    public MailImportResult {
        followUps = List.copyOf(followUps);
        problems = List.copyOf(problems);
        if (imported < 0 || skipped < 0 || attachments < 0 || imported != followUps.size()) {
            throw new IllegalArgumentException("counts must not be negative and match the follow-ups");
        }
    }
}
