package io.casevault.domain.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the recognised lines of one screenshot say: amounts, transaction and order numbers, dates and times,
 * counterparties, the payment's status and unmasked personal data, each with the line it is on. Nothing is read
 * across lines except a value on the line right after a label that stands alone; every line is read after NFKC.
 * From these it proposes the time the screenshot shows (its event time) and a caption; both are suggestions.
 */
public final class ScreenshotReading {
    /** Labels of the payment's time, most telling first; a time beside one is the event time. */
    private static final List<String> TIME_LABELS = List.of("支付时间", "付款时间", "交易时间", "转账时间", "创建时间",
            "下单时间", "收款时间", "Transaction date", "Payment date", "Date/Time", "Date", "Time", "Paid on",
            "Sent on");
    private static final Pattern TIME_LABEL = Labels.anyOf(TIME_LABELS);
    private static final List<String> TIME_LABELS_SQUEEZED = TIME_LABELS.stream().map(Labels::squeeze).toList();

    private final List<TextLine> lines;
    private final List<Found<ShownAmount>> amounts = new ArrayList<>();
    private final List<Found<Reference>> references = new ArrayList<>();
    private final List<Found<ShownTime>> times = new ArrayList<>();
    private final List<Found<Counterparty>> counterparties = new ArrayList<>();
    private final List<Found<PaymentStatus>> statuses = new ArrayList<>();
    /** Per line, what the finders run only when asked need: personal data and illegible numbers. */
    private final List<LineRead> read = new ArrayList<>();
    /** Found when first asked for (a dossier page never asks): null until then. */
    private List<SensitiveArea> sensitive;
    /** Whether a transaction or order number label's value was not legible as one; null until asked. */
    private Boolean illegibleNumber;
    /** Per time found: the rank of its label in {@link #TIME_LABELS}, or the list's size when unlabelled. */
    private final List<Integer> timeRanks = new ArrayList<>();

    /**
     * One line as read: its normalised text, whether a number label stands alone above it, whether no number was read
     * on it, and the ranges of its amounts and numbers (never personal data).
     */
    private record LineRead(LineText line, boolean underNumberLabel, boolean noNumberRead,
                            List<int[]> protectedRanges) {
    }

    private ScreenshotReading(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * @param lines       the screenshot's lines in reading order
     * @param contextYear the year for dates shown without one (11月3日), e.g. the year the file was captured; null
     *                    to leave such dates unread
     */
    public static ScreenshotReading read(List<TextLine> lines, Integer contextYear) {
        Objects.requireNonNull(lines, "lines");
        ScreenshotReading reading = new ScreenshotReading(lines);
        LineText previous = null;
        for (int i = 0; i < lines.size(); i++) {
            LineText current = LineText.of(lines.get(i).text());
            reading.readLine(i, current, previous, contextYear);
            previous = current;
        }
        List<Found<ShownAmount>> settled = UnreadEuroSign.settle(List.copyOf(reading.amounts), reading.lines);
        reading.amounts.clear();
        reading.amounts.addAll(settled);
        return reading;
    }

    private void readLine(int index, LineText line, LineText previous, Integer contextYear) {
        String text = line.text();
        String before = previous == null ? "" : previous.text();
        double confidence = lines.get(index).confidence();
        double withLabel = previous == null ? confidence : Math.min(confidence, lines.get(index - 1).confidence());

        Reference.Kind labelAbove = ReferenceFinder.labelOnly(before);
        List<Hit<Reference>> underLabel = labelAbove == null ? List.of()
                : ReferenceFinder.valueLine(text, labelAbove);
        // under a label standing alone, the whole value wins over a label-like start of it ("REF" in "REF2026…")
        List<Hit<Reference>> labelledHere = ReferenceFinder.find(text).stream()
                .filter(h -> underLabel.stream().noneMatch(u -> u.overlaps(h.start(), h.end()))).toList();
        List<Hit<Reference>> refs = new ArrayList<>(labelledHere);
        refs.addAll(underLabel);
        List<Hit<ShownTime>> dates = TimeFinder.find(text, contextYear);
        boolean amountLabelAbove = Labels.isLabelOnly(AmountFinder.AMOUNT_LABELS, before);
        List<Hit<ShownAmount>> money = AmountFinder.find(text, amountLabelAbove)
                .stream().filter(a -> refs.stream().noneMatch(r -> r.overlaps(a.start(), a.end()))
                        && dates.stream().noneMatch(d -> d.overlaps(a.start(), a.end()))).toList();
        List<int[]> protectedRanges = new ArrayList<>();
        money.forEach(a -> protectedRanges.add(new int[] {a.start(), a.end()}));
        refs.forEach(r -> protectedRanges.add(new int[] {r.start(), r.end()}));

        money.forEach(a -> amounts.add(found(a, index, line, amountLabelAbove ? withLabel : confidence)));
        labelledHere.forEach(r -> references.add(found(r, index, line, confidence)));
        underLabel.forEach(r -> references.add(found(r, index, line, withLabel)));
        int rank = timeRank(text, before);
        boolean timeLabelAbove = rank < TIME_LABELS.size() && Labels.atStart(TIME_LABEL, text) == null;
        for (Hit<ShownTime> d : dates) {
            times.add(found(d, index, line, timeLabelAbove ? withLabel : confidence));
            timeRanks.add(rank);
        }
        Optional<Hit<Counterparty>> party = CounterpartyFinder.find(text);
        Counterparty.Role roleAbove = CounterpartyFinder.labelOnly(before);
        if (party.isPresent()) {
            counterparties.add(found(party.get(), index, line, confidence));
        } else if (roleAbove != null) {
            CounterpartyFinder.valueLine(text, roleAbove).ifPresent(p -> counterparties.add(found(p, index, line,
                    withLabel)));
        }
        StatusFinder.find(text).ifPresent(s -> statuses.add(found(s, index, line, confidence)));
        read.add(new LineRead(line, labelAbove != null, refs.isEmpty(), protectedRanges));
    }

    /** The rank of the time label on this line, or on the line above when that is a label standing alone. */
    private static int timeRank(String text, String before) {
        var here = Labels.atStart(TIME_LABEL, text);
        String label = here != null ? here.group() : Labels.isLabelOnly(TIME_LABEL, before)
                ? Labels.atStart(TIME_LABEL, before).group() : null;
        if (label == null) {
            return TIME_LABELS.size();
        }
        int rank = TIME_LABELS_SQUEEZED.indexOf(Labels.squeeze(label));
        return rank >= 0 ? rank : TIME_LABELS.size();
    }

    private static <T> Found<T> found(Hit<T> hit, int index, LineText line, double confidence) {
        int[] range = line.originalRange(hit.start(), hit.end());
        return new Found<>(hit.value(), index, range[0], range[1], confidence);
    }

    public List<TextLine> lines() {
        return lines;
    }

    public List<Found<ShownAmount>> amounts() {
        return List.copyOf(amounts);
    }

    public List<Found<Reference>> references() {
        return List.copyOf(references);
    }

    public List<Found<ShownTime>> times() {
        return List.copyOf(times);
    }

    public List<Found<Counterparty>> counterparties() {
        return List.copyOf(counterparties);
    }

    public List<Found<PaymentStatus>> statuses() {
        return List.copyOf(statuses);
    }

    /**
     * True when a transaction or order number label stands beside a value that is no number as read (OCR took a digit
     * for a letter): the page shows a number that {@link #references()} lacks, so a transaction's number that differs
     * from those read does not contradict the page.
     */
    public synchronized boolean hasIllegibleNumber() {
        if (illegibleNumber == null) {
            illegibleNumber = read.stream().anyMatch(r -> ReferenceFinder.illegible(r.line().text(),
                    r.underNumberLabel(), r.noNumberRead()));
        }
        return illegibleNumber;
    }

    /** Unmasked personal data, with the boxes that would cover it; proposals, never applied here. */
    public synchronized List<SensitiveArea> sensitive() {
        if (sensitive == null) {
            List<SensitiveArea> found = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                LineRead r = read.get(i);
                for (Hit<SensitiveKind> s : SensitiveFinder.find(r.line().text(), r.protectedRanges())) {
                    int[] range = r.line().originalRange(s.start(), s.end());
                    found.add(new SensitiveArea(s.value(), i, range[0], range[1],
                            SubBoxes.of(lines.get(i), range[0], range[1]), lines.get(i).confidence()));
                }
            }
            sensitive = List.copyOf(found);
        }
        return sensitive;
    }

    /**
     * The time the screenshot shows the payment happened: a time beside a payment-time label (支付时间, 创建时间, Date
     * …, in that order of preference), else the most precise time on the page, the first among equals.
     */
    public Optional<Found<ShownTime>> eventTime() {
        Found<ShownTime> best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < times.size(); i++) {
            Found<ShownTime> t = times.get(i);
            int rank = timeRanks.get(i);
            boolean better = best == null || rank < bestRank
                    || rank == bestRank && t.value().precision().compareTo(best.value().precision()) > 0;
            if (better) {
                best = t;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The payment's amount: the one on the tallest line (a detail page's headline), the first among equals. */
    public Optional<Found<ShownAmount>> mainAmount() {
        return amounts.stream().max(Comparator.<Found<ShownAmount>>comparingInt(a -> lines.get(a.line()).height())
                .thenComparing(a -> -a.line()));
    }

    public Optional<Found<Counterparty>> mainCounterparty() {
        return counterparties.stream().findFirst();
    }

    public Optional<Found<PaymentStatus>> mainStatus() {
        return statuses.stream().findFirst();
    }

    /** The screenshot's own language: Chinese when ideographs are at least a third as many as Latin letters. */
    public Caption.Language language() {
        long ideographs = lines.stream().flatMapToInt(l -> l.text().codePoints()).filter(Character::isIdeographic)
                .count();
        long latin = lines.stream().flatMapToInt(l -> l.text().codePoints())
                .filter(c -> c < 0x250 && Character.isLetter(c)).count();
        return ideographs > 0 && ideographs * 3 >= latin ? Caption.Language.ZH : Caption.Language.EN;
    }

    /** A caption in the screenshot's language, e.g. "转账成功 · ¥1,250.00 · 张三 · 2026-11-03 14:30". */
    public Optional<String> suggestedCaption() {
        return caption(language());
    }

    public Optional<String> caption(Caption.Language language) {
        return Caption.of(this, language);
    }

    /** The text of a found value as it was recognised. */
    public String shownText(Found<?> found) {
        return lines.get(found.line()).text().substring(found.start(), found.end());
    }
}
