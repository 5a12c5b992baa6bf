package io.casevault.cli;

import io.casevault.app.VaultSession;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tx add} and {@code tx import}. */
@Command(name = "tx", description = "Record transactions of a case.",
        subcommands = {TxCommand.Add.class, TxImportCommand.class})
final class TxCommand {

    @Command(name = "add", description = "Record one transaction; prints its id.", sortOptions = false)
    static final class Add extends VaultCommand {
        @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
        String caseId;
        @Option(names = "--at", required = true, paramLabel = "ISO_DATETIME",
                description = "e.g. 2026-11-20T14:30 (this machine's zone) or 2026-11-20T14:30+08:00")
        String at;
        @Option(names = "--amount", required = true, paramLabel = "A",
                description = "not negative; --direction says which way")
        String amount;
        @Option(names = "--currency", paramLabel = "CUR", defaultValue = "CNY",
                description = "ISO code (default: ${DEFAULT-VALUE})")
        String currency;
        @Option(names = "--direction", paramLabel = "out|in|neutral", defaultValue = "out",
                description = "default: ${DEFAULT-VALUE}")
        String direction;
        @Option(names = "--counterparty", paramLabel = "X")
        String counterparty;
        @Option(names = "--ref", paramLabel = "R", description = "the transaction id of the service")
        String ref;
        @Option(names = "--merchant-order", paramLabel = "R", description = "the merchant's order id")
        String merchantOrder;
        @Option(names = "--method", paramLabel = "M", description = "payment method, e.g. balance, bank card")
        String method;
        @Option(names = "--status", paramLabel = "S", description = "the status the service shows, e.g. failed")
        String status;
        @Option(names = "--note", paramLabel = "N")
        String note;

        @Override
        public Integer call() {
            long id = CliParse.id("Case id", caseId);
            var when = CliParse.dateTime("--at", at, context().zone());
            NewTransaction t = new NewTransaction(id, when.instant(), when.zone(), Money.parse(amount, currency),
                    CliParse.choice("--direction", direction, Direction.class), counterparty, ref, merchantOrder,
                    method, status, note, TransactionSource.MANUAL);
            try (VaultSession session = openForWriting()) {
                out().println(session.transactions().add(t).id());
            }
            return 0;
        }
    }
}
