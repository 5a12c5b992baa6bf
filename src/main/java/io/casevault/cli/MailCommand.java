package io.casevault.cli;

import io.casevault.app.MailImportResult;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Reason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code mail import}: e-mails (.eml, mbox) into a case, one follow-up per message. */
@Command(name = "mail", description = "Import e-mail correspondence into a case.", subcommands = MailCommand.Import.class)
final class MailCommand {

    @Command(name = "import", description = "Import .eml and mbox files: each message becomes an e-mail follow-up "
            + "(outgoing when it is from one of your own addresses), the message and its attachments become exhibits "
            + "linked to it; messages already in the case are skipped. A file, message or attachment that is refused "
            + "is named on stderr.", sortOptions = false)
    static final class Import extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = ".eml or mbox files")
        List<Path> files;
        @Option(names = "--me", paramLabel = "ADDRESS", description = "one of your own e-mail addresses (repeatable); "
                + "remembered for the vault, replacing those given before")
        List<String> me;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            MailImportResult r;
            try (VaultSession session = openForWriting()) {
                if (me != null && !me.isEmpty()) {
                    session.mail().setOwnAddresses(me);
                }
                r = session.mail().importFiles(id, files, Progress.NONE);
            }
            for (Reason problem : r.problems()) {
                String sentence = problem.english();
                context().err().println(sentence.endsWith(".") ? sentence : sentence + ".");
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("imported", r.imported());
                m.put("skipped", r.skipped());
                m.put("attachments", r.attachments());
                m.put("followUps", r.followUps());
                printJson(m);
            } else {
                out().println("Imported " + count(r.imported(), "message") + " as follow-ups with "
                        + count(r.attachments(), "attachment") + "; skipped " + r.skipped()
                        + " already in the case.");
            }
            return r.problems().isEmpty() ? 0 : 2;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
