package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Reason;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.DeadlineMath;
import io.casevault.domain.guidance.Deadlines;
import io.casevault.domain.guidance.Ladder;
import io.casevault.domain.guidance.Readiness;
import io.casevault.dossier.Lang;
import io.casevault.dossier.LetterPdf;
import io.casevault.vault.AuditLog;
import io.casevault.vault.CaseClockRepository;
import io.casevault.vault.CaseRepository;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Complaint guidance for the window and the command line: a case's deadlines and response clocks, the next steps on
 * the escalation ladder, the readiness checklist, the complaint letter and the calendar of deadlines.
 */
public final class GuidanceService {
    /** The reply deadline of a letter when the case switched the letter clock off. */
    static final int DEFAULT_REPLY_DAYS = 14;

    private final Vault vault;
    private final CaseService cases;
    private final TransactionRepository transactions;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final FollowUpRepository followUps;
    private final CaseClockRepository clocks;
    private final CaseRepository caseRows;
    private final AuditLog audit;
    private volatile ClockRules catalogue;

    public GuidanceService(Vault vault, CaseService cases, TransactionRepository transactions,
                           EvidenceRepository evidence, EvidenceDetailsRepository details, FollowUpRepository followUps,
                           CaseClockRepository clocks, CaseRepository caseRows, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.transactions = Objects.requireNonNull(transactions);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.followUps = Objects.requireNonNull(followUps);
        this.clocks = Objects.requireNonNull(clocks);
        this.caseRows = Objects.requireNonNull(caseRows);
        this.audit = Objects.requireNonNull(audit);
    }

    /** The bundled presets, read on first use. */
    public ClockRules presets() {
        ClockRules c = catalogue;
        if (c == null) {
            c = ClockPresetCatalog.bundled();
            catalogue = c;
        }
        return c;
    }

    /** One rule per channel as the case uses it: its own where set, else the preset default. */
    public List<ClockRule> rules(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return presets().effective(clocks.listByCase(h, caseId));
        });
    }

    /**
     * Stores the case's response clocks. Only rules that differ from the defaults are kept, so a later change of a
     * default reaches cases that never touched it. The change goes to the audit log as old → new.
     */
    public List<ClockRule> setRules(long caseId, List<ClockRule> rules) {
        Objects.requireNonNull(rules);
        ClockRules presets = presets();
        for (ClockRule r : rules) {
            if (r.presetId() != null && presets.preset(r.presetId()).isEmpty()) {
                throw new DomainException("There is no response-time preset \"" + r.presetId() + "\".");
            }
        }
        List<ClockRule> own = rules.stream().filter(r -> !r.equals(presets.defaultRule(r.channel()))).toList();
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            cases.requireActive(h, caseId);
            List<ClockRule> before = clocks.listByCase(h, caseId);
            if (!before.equals(own)) {
                clocks.replace(h, caseId, own);
                audit.append(h, now, caseId, "case", caseId, "field-changed",
                        AuditDetail.change("responseClocks", describe(before), describe(own)).json());
            }
            return null;
        });
        return rules(caseId);
    }

    private static String describe(List<ClockRule> rules) {
        return rules.isEmpty() ? "defaults" : rules.stream().sorted(Comparator.comparing(ClockRule::channel))
                .map(ClockRule::toString).reduce((a, b) -> a + "; " + b).orElse("");
    }

    public CaseGuidance guidance(long caseId, LocalDate today) {
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            return assess(h, c, today);
        });
    }

    /**
     * Only the deadlines of a case: what the timeline shows. Reads the case, its contacts and its clock rules, not
     * the transactions and evidence the checklist needs, so a long case's timeline does not load them twice.
     */
    public List<Deadline> deadlines(long caseId) {
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            return Deadlines.of(c, followUps.listByCase(h, caseId, false),
                    presets().effective(clocks.listByCase(h, caseId)), presets());
        });
    }

    private CaseGuidance assess(Db h, Case c, LocalDate today) {
        // counted by the vault: a long case's rows are not loaded for a checklist and a strength
        Readiness.Holdings holdings = new Readiness.Holdings(transactions.count(h, c.id()), c.amount() == null
                ? BigDecimal.ZERO : transactions.outgoingTotal(h, c.id(), c.amount().currency()),
                evidence.count(h, c.id()));
        List<FollowUp> fus = followUps.listByCase(h, c.id(), false);
        List<ClockRule> rules = presets().effective(clocks.listByCase(h, c.id()));
        List<Deadline> deadlines = Deadlines.of(c, fus, rules, presets());
        return new CaseGuidance(c, today, deadlines, Ladder.nextSteps(c, fus, deadlines, today),
                Readiness.checklist(c, holdings, fus),
                Readiness.strength(c, holdings, fus, details.linkedCount(h, c.id()),
                        details.provenTransactionCount(h, c.id())), rules);
    }

    /** Per open case, its most urgent deadline that is not met yet; cases without one are left out. */
    public Map<Long, Deadline> nextDeadlines() {
        Map<Long, Deadline> out = new LinkedHashMap<>();
        openCaseDeadlines().forEach((c, list) -> list.stream().filter(d -> !d.met())
                .min(Comparator.comparing(Deadline::due)).ifPresent(d -> out.put(c.id(), d)));
        return out;
    }

    /** A deadline that has come, with its case: what the window lists at start-up. */
    public record DueItem(long caseId, String caseTitle, Deadline deadline) {
    }

    /** Every deadline of an open case that is due today or overdue and not met, oldest first. */
    public List<DueItem> due(LocalDate today) {
        List<DueItem> out = new ArrayList<>();
        openCaseDeadlines().forEach((c, list) -> list.stream().filter(d -> d.isDue(today))
                .forEach(d -> out.add(new DueItem(c.id(), c.title(), d))));
        out.sort(Comparator.comparing((DueItem d) -> d.deadline().due()));
        return out;
    }

    /** The deadlines of every case that is neither closed nor in the trash, read in one go. */
    private Map<Case, List<Deadline>> openCaseDeadlines() {
        return vault.read(h -> {
            Map<Case, List<Deadline>> out = new LinkedHashMap<>();
            for (Case c : caseRows.list(h, false)) {
                if (!c.status().isClosed()) {
                    List<ClockRule> rules = presets().effective(clocks.listByCase(h, c.id()));
                    out.put(c, Deadlines.of(c, followUps.listByCase(h, c.id(), false), rules, presets()));
                }
            }
            return out;
        });
    }

    /** The letter's text in a language, to be edited by the user before it is sent. */
    public String letter(long caseId, ExportOptions.Language language, LocalDate today) {
        GuidanceTexts t = GuidanceTexts.of(language);
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            List<ClockRule> rules = presets().effective(clocks.listByCase(h, caseId));
            return LetterComposer.compose(t, c, transactions.listByCase(h, caseId, false),
                    evidence.listByCase(h, caseId, false), followUps.listByCase(h, caseId, false), today,
                    replyBy(rules, today));
        });
    }

    /** The reply deadline a letter sent today asks for: the case's letter clock, or 14 days when it is off. */
    static LocalDate replyBy(List<ClockRule> rules, LocalDate today) {
        return rules.stream().filter(r -> r.channel() == Channel.LETTER && !r.isOff()).findFirst()
                .map(r -> DeadlineMath.due(today, r.days(), r.dayCount()))
                .orElse(DeadlineMath.due(today, DEFAULT_REPLY_DAYS, DayCount.CALENDAR));
    }

    /** The kinds of file a letter is written as, by the file's extension. */
    public enum LetterFormat { PDF, TEXT }

    /** PDF for {@code .pdf}, plain text for {@code .txt}; anything else is refused with one sentence. */
    public static LetterFormat letterFormat(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return LetterFormat.PDF;
        }
        if (name.endsWith(".txt")) {
            return LetterFormat.TEXT;
        }
        throw new DomainException(Reason.of("letter.extension",
                "The letter file " + file + " must end in .pdf or .txt.", file));
    }

    /**
     * Writes a letter's text (as edited) to {@code out}: a PDF in the dossier's fonts or UTF-8 text with CRLF line
     * ends (what e-mail programs expect), whole or not at all.
     */
    public Path writeLetter(long caseId, String text, ExportOptions.Language language, Path out) {
        Objects.requireNonNull(text);
        LetterFormat format = letterFormat(out);
        if (text.isBlank()) {
            throw new DomainException(Reason.of("letter.empty",
                    "The letter is empty; there is nothing to write to " + out + ".", out));
        }
        Case c = cases.get(caseId);
        Instant now = vault.clock().instant();
        if (format == LetterFormat.TEXT) {
            String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
            return OutputFile.write(out, "letter.txt", crlf.getBytes(StandardCharsets.UTF_8));
        }
        String title = GuidanceTexts.of(language).text("letter.pdfTitle", c.title());
        return OutputFile.write(out, "letter.pdf", tmp -> LetterPdf.write(title, text,
                language == ExportOptions.Language.ZH ? Lang.ZH : Lang.EN, now, tmp));
    }

    /** Writes the case's deadlines and planned follow-ups as an iCalendar file; fails when there are none. */
    public Path writeCalendar(long caseId, ExportOptions.Language language, LocalDate today, Path out) {
        OutputFile.check(out, "deadlines.ics");
        CaseGuidance g = guidance(caseId, today);
        if (g.deadlines().isEmpty()) {
            throw new DomainException(Reason.of("calendar.noDeadlines", "Case " + caseId
                    + " has no deadlines yet: set its incident date and complaint window, or log a contact.", caseId));
        }
        GuidanceTexts t = GuidanceTexts.of(language);
        Instant now = vault.clock().instant();
        ICalendar cal = new ICalendar(g.theCase().title());
        int n = 0;
        for (Deadline d : g.deadlines()) {
            cal.add(new ICalendar.Event(uid(caseId, d, n++), d.due(), summary(t, g.theCase(), d),
                    description(t, d), !d.met()), now);
        }
        return OutputFile.write(out, "deadlines.ics", cal.bytes());
    }

    private static String uid(long caseId, Deadline d, int n) {
        String ref = d.followUpId() == null ? String.valueOf(n) : String.valueOf(d.followUpId());
        return "case-" + caseId + "-" + d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + ref
                + "@casevault";
    }

    private static String summary(GuidanceTexts t, Case c, Deadline d) {
        return switch (d.kind()) {
            case COMPLAINT_WINDOW -> t.text("ics.window", c.title());
            case RESPONSE -> t.text("ics.response", c.title(), t.channel(d.channel()));
            case FOLLOW_UP -> t.text("ics.followUp", d.subject());
        };
    }

    private static String description(GuidanceTexts t, Deadline d) {
        StringBuilder s = new StringBuilder(t.label(d));
        if (d.kind() == Deadline.Kind.RESPONSE) {
            s.append('\n').append(t.text("ics.source", t.source(d)));
            Optional.ofNullable(d.preset()).map(p -> p.sourceUrl()).ifPresent(u -> s.append('\n').append(u));
        }
        return s.toString();
    }
}
