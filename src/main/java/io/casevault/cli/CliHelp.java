package io.casevault.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every command's help shows: a {@code -h, --help} option on every command and subcommand, a {@code help COMMAND}
 * command, and an example for each command, kept here in one table so a test can check that none lacks one.
 */
final class CliHelp {
    private static final String V = "casevault --vault my-vault ";

    /** One example per command, by its qualified name; a long one is broken into lines of at most 80 columns. */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("casevault", "casevault --vault my-vault case list"),
            Map.entry("casevault init", V + "init"),
            Map.entry("casevault case", V + "case add --title \"转账未到账\" --provider Alipay"),
            Map.entry("casevault case add", V + "case add --title \"转账未到账\" --provider Alipay \\\n"
                    + "    --category funds-not-received --amount 1250.00 --currency CNY \\\n"
                    + "    --incident 2026-11-03 --window-days 30 --demand \"退款 1250 元\""),
            Map.entry("casevault case list", V + "case list --json"),
            Map.entry("casevault case show", V + "case show 1 --json"),
            Map.entry("casevault case status", V + "case status 1 submitted \\\n"
                    + "    --note \"hotline ticket 88231\""),
            Map.entry("casevault case trash", V + "case trash 1"),
            Map.entry("casevault case restore", V + "case restore 1"),
            Map.entry("casevault case export-bundle", V + "case export-bundle 1 --out case-1.cvbundle"),
            Map.entry("casevault case import-bundle", V + "case import-bundle case-1.cvbundle"),
            Map.entry("casevault tx", V + "tx add --case 1 --at 2026-11-03T14:30+08:00 \\\n"
                    + "    --amount 1250.00"),
            Map.entry("casevault tx add", V + "tx add --case 1 --at 2026-11-03T14:30+08:00 \\\n"
                    + "    --amount 1250.00 --currency CNY --counterparty 张三 --ref 2026110322001456789"),
            Map.entry("casevault tx import", V + "tx import --case 1 alipay-statement.csv \\\n"
                    + "    --from 2026-10-20 --to 2026-11-18 --counterparty 优选商城 --json"),
            Map.entry("casevault evidence", V + "evidence add --case 1 screenshots/*.png"),
            Map.entry("casevault evidence add", V + "evidence add --case 1 screenshots/*.png \\\n"
                    + "    --caption \"转账记录\""),
            Map.entry("casevault evidence text", V + "evidence text --case 1 E-2 --json"),
            Map.entry("casevault evidence suggestions", V + "evidence suggestions --case 1 --json"),
            Map.entry("casevault evidence accept", V + "evidence accept --case 1 --all"),
            Map.entry("casevault evidence dismiss", V + "evidence dismiss --case 1 14"),
            Map.entry("casevault evidence undo", V + "evidence undo --case 1 12"),
            Map.entry("casevault evidence export-originals", V + "evidence export-originals --case 1 \\\n"
                    + "    --out for-the-bank E-1 E-3"),
            Map.entry("casevault followup", V + "followup add --case 1 --at 2026-11-05T10:00 \\\n"
                    + "    --channel hotline --summary \"客服说三天内回复\""),
            Map.entry("casevault followup add", V + "followup add --case 1 --at 2026-11-05T10:00 \\\n"
                    + "    --channel hotline --summary \"客服说三天内回复\" \\\n"
                    + "    --ref 88231 --due 2026-11-08"),
            Map.entry("casevault mail", V + "mail import --case 1 complaint.eml"),
            Map.entry("casevault mail import", V + "mail import --case 1 --me zs@example.com \\\n"
                    + "    saved-mails/*.eml Takeout/Mail/refund.mbox --json"),
            Map.entry("casevault timeline", V + "timeline --case 1"),
            Map.entry("casevault export", V + "export --case 1 --out dossier.pdf --lang zh\n"
                    + V + "export --case 1 --out to-send.pdf --max-size 20MB --split"),
            Map.entry("casevault letter", V + "letter --case 1 --out letter.pdf --lang zh\n"
                    + V + "letter --case 1 --form --limit 500 --lang zh --json"),
            Map.entry("casevault calendar", V + "calendar --case 1 --out deadlines.ics"),
            Map.entry("casevault search", V + "search 22001456789 --json"),
            Map.entry("casevault verify", V + "verify --json"),
            Map.entry("casevault recover", V + "recover --out recovered-vault --json"),
            Map.entry("casevault backup", V + "backup --out /media/usb/casevault.cvbackup"),
            Map.entry("casevault restore", "casevault restore /media/usb/casevault.cvbackup \\\n"
                    + "    --vault restored-vault"),
            Map.entry("casevault help", "casevault help evidence add"));

    private CliHelp() {
    }

    /** Adds the help command, a help option where a command has none, and each command's example. */
    static void install(CommandLine root) {
        root.addSubcommand("help", new HelpCommand());
        decorate(root);
    }

    private static void decorate(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        String example = EXAMPLES.get(spec.qualifiedName());
        if (example != null) {
            spec.usageMessage().footerHeading("%nExample:%n");
            List<String> footer = new ArrayList<>();
            for (String line : example.split("\n")) {
                footer.add("  " + line.replace("%", "%%"));
            }
            footer.addAll(List.of(spec.usageMessage().footer()));
            spec.usageMessage().footer(footer.toArray(String[]::new));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            decorate(sub);
        }
    }
}
