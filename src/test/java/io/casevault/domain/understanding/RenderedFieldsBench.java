package io.casevault.domain.understanding;

import io.casevault.ocr.OcrEngine;
import io.casevault.ocr.OcrLine;
import io.casevault.ocr.OcrSettings;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: field precision and recall through the real recogniser. The generated payment screens of
 * {@link PaymentScreens} (six layouts, Chinese and English, without their simulated OCR errors) are drawn in the
 * bundled font, read by the OCR engine, and what {@link ScreenshotReading} finds in the lines it returns is compared
 * with the fields each screen shows, per kind, by value (the recogniser's lines need not be the generator's). Also
 * counts redactions proposed over an amount or a number, and the fields whose text the recogniser did not return
 * exactly (the recogniser's share of the misses). Run {@code src/bench/fields.sh [SCREENS] [SEED]}.
 */
public final class RenderedFieldsBench {
    private static final int WIDTH = 1080;
    /** How many screens with a miss or an extra field to print, after the tables ({@code -Dbench.misses=N}). */
    private static final int MISSES_SHOWN = Integer.getInteger("bench.misses", 8);

    private RenderedFieldsBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261206L;
        Font font;
        try (InputStream in = RenderedFieldsBench.class.getResourceAsStream("/io/casevault/fonts/NotoSansSC-Regular.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        PaymentScreens screens = new PaymentScreens(seed, false);
        Map<String, FieldAccuracyTest.Score> byKind = new TreeMap<>();
        Map<String, FieldAccuracyTest.Score> byLayout = new TreeMap<>();
        int redactionsOverFields = 0;
        int notReadExactly = 0;
        int fields = 0;
        List<String> misses = new ArrayList<>();
        long start = System.nanoTime();
        try (OcrEngine engine = OcrEngine.load(OcrSettings.defaults())) {
            for (int i = 0; i < count; i++) {
                PaymentScreens.Screen screen = screens.next();
                List<TextLine> lines = engine.recognise(draw(screen, font)).lines().stream()
                        .map(RenderedFieldsBench::line).toList();
                ScreenshotReading r = ScreenshotReading.read(lines, 2026);
                Map<String, FieldAccuracyTest.Score> scores = Map.of(
                        "amount", byValue(r.amounts(), screen.amounts),
                        "reference", byValue(r.references(), screen.references),
                        "time", byValue(r.times(), screen.times),
                        "counterparty", byValue(FieldAccuracyTest.names(r), screen.counterparties),
                        "status", byValue(r.statuses(), screen.statuses));
                scores.forEach((kind, s) -> byKind.computeIfAbsent(kind, k -> new FieldAccuracyTest.Score()).add(s));
                FieldAccuracyTest.Score layout = byLayout.computeIfAbsent(screen.layout,
                        k -> new FieldAccuracyTest.Score());
                List.of("amount", "reference", "time").forEach(k -> layout.add(scores.get(k)));
                boolean missed = scores.values().stream().anyMatch(s -> s.falsePositives + s.falseNegatives > 0);
                if (missed && misses.size() < MISSES_SHOWN) {
                    misses.add(screen.layout + " " + scores + "\n    drawn " + screen.lines.stream()
                            .map(TextLine::text).toList() + "\n    read  " + lines.stream().map(TextLine::text)
                            .toList());
                }
                String read = squeeze(String.join("\n", lines.stream().map(TextLine::text).toList()));
                List<String> shown = Stream.of(screen.amounts, screen.references, screen.times).flatMap(List::stream)
                        .map(PaymentScreens.Truth::text).toList();
                fields += shown.size();
                notReadExactly += (int) shown.stream().filter(t -> !read.contains(squeeze(t))).count();
                redactionsOverFields += overFields(r, screen);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d rendered screens (seed %d), %.1f s%n", count, seed, seconds);
        System.out.printf("%-13s %9s %7s %6s %5s %5s%n", "kind", "precision", "recall", "tp", "fp", "fn");
        byKind.forEach((kind, s) -> System.out.printf("%-13s %9.4f %7.4f %6d %5d %5d%n", kind, s.precision(),
                s.recall(), s.truePositives, s.falsePositives, s.falseNegatives));
        System.out.println("amounts, numbers and times by layout:");
        byLayout.forEach((layout, s) -> System.out.printf("  %-11s %s%n", layout, s));
        System.out.printf("fields whose text the recogniser did not return exactly: %d of %d%n", notReadExactly,
                fields);
        System.out.printf("redactions proposed over an amount or a number: %d%n", redactionsOverFields);
        misses.forEach(m -> System.out.println("missed or extra on " + m));
    }

    /** Found values against the fields shown, by value alone, each field matched once. */
    private static <T> FieldAccuracyTest.Score byValue(List<Found<T>> found, List<PaymentScreens.Truth<T>> truth) {
        List<Found<T>> anyLine = found.stream().map(f -> new Found<>(f.value(), 0, f.start(), f.end(),
                f.confidence())).toList();
        List<PaymentScreens.Truth<T>> shown = truth.stream().map(t -> new PaymentScreens.Truth<>(t.value(), 0,
                t.text())).toList();
        return FieldAccuracyTest.score(anyLine, shown);
    }

    /**
     * Personal data proposed for redaction whose characters hold an amount's or a number's digits, or whose digits are
     * part of one; four digits at least on both sides, so that the one digit of "user0@example.com" is not taken for
     * the order number that happens to hold a zero.
     */
    private static int overFields(ScreenshotReading r, PaymentScreens.Screen screen) {
        int n = 0;
        for (SensitiveArea a : r.sensitive()) {
            String covered = digits(r.lines().get(a.line()).text().substring(a.start(), a.end()));
            boolean over = Stream.of(screen.amounts, screen.references).flatMap(List::stream)
                    .map(t -> digits(t.text())).anyMatch(d -> d.length() >= 4 && covered.length() >= 4
                            && (covered.contains(d) || d.contains(covered)));
            n += over ? 1 : 0;
        }
        return n;
    }

    private static String digits(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\D", "");
    }

    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    private static TextLine line(OcrLine l) {
        return new TextLine(l.text(), l.confidence(), l.x(), l.y(), l.w(), l.h());
    }

    /** The screen's lines top to bottom on a light page, each as tall as the generator made it, none wider. */
    static BufferedImage draw(PaymentScreens.Screen screen, Font font) {
        List<float[]> sizes = new ArrayList<>();
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        int height = 120;
        for (TextLine l : screen.lines) {
            float size = Math.min(96f, l.height() * 1.3f);
            String text = Normalizer.normalize(l.text(), Normalizer.Form.NFKC);
            while (pg.getFontMetrics(font.deriveFont(size)).stringWidth(text) > WIDTH - 120 && size > 14) {
                size -= 2;
            }
            sizes.add(new float[] {size});
            height += (int) (size * 1.9f);
        }
        pg.dispose();
        BufferedImage image = new BufferedImage(WIDTH, height + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(245, 245, 245));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(25, 25, 25));
            int baseline = 60;
            for (int i = 0; i < screen.lines.size(); i++) {
                float size = sizes.get(i)[0];
                g.setFont(font.deriveFont(size));
                FontMetrics m = g.getFontMetrics();
                baseline += (int) (size * 1.9f);
                // an app draws plain digits and letters; full-width forms are what a recogniser may return
                g.drawString(Normalizer.normalize(screen.lines.get(i).text(), Normalizer.Form.NFKC), 60,
                        baseline - m.getDescent());
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
