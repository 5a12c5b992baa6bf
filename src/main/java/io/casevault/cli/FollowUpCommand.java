package io.casevault.cli;

import io.casevault.app.VaultSession;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code followup add}: logs a contact with the provider or an authority. */
@Command(name = "followup", description = "Log contacts with the provider or an authority.",
        subcommands = FollowUpCommand.Add.class)
final class FollowUpCommand {

    @Command(name = "add", description = "Log one contact; prints its id.", sortOptions = false)
    static final class Add extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Option(names = "--at", required = true, paramLabel = "ISO_DATETIME")
        String at;
        @Option(names = "--channel", required = true, paramLabel = "CH", description = "hotline, email, in-app-chat, "
                + "social-media, complaint-platform, regulator, police, lawyer-court, letter, other")
        String channel;
        @Option(names = "--summary", required = true, paramLabel = "S")
        String summary;
        @Option(names = "--direction", paramLabel = "out|in", defaultValue = "out",
                description = "out: we contacted them; in: they contacted us (default: ${DEFAULT-VALUE})")
        String direction;
        @Option(names = "--ref", paramLabel = "TICKET", description = "ticket or reference number")
        String ref;
        @Option(names = "--contact", paramLabel = "NAME", description = "who you spoke to")
        String contact;
        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "when to follow up next")
        String due;
        @Option(names = "--outcome", paramLabel = "O")
        String outcome;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            var when = CliParse.dateTime("--at", at, context().zone());
            NewFollowUp f = new NewFollowUp(id, when.instant(), when.zone(),
                    CliParse.choice("--channel", channel, Channel.class), contactDirection(direction), contact, ref,
                    summary, outcome, CliParse.date("--due", due));
            try (VaultSession session = openForWriting()) {
                out().println(session.followUps().add(f).id());
            }
            return 0;
        }

        private static ContactDirection contactDirection(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "out", "outgoing" -> ContactDirection.OUTGOING;
                case "in", "incoming" -> ContactDirection.INCOMING;
                default -> throw new DomainException("--direction \"" + text + "\" is not out or in.");
            };
        }
    }
}
