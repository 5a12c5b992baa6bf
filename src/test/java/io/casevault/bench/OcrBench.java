package io.casevault.bench;

import io.casevault.ocr.OcrEngine;
import io.casevault.ocr.OcrLine;
import io.casevault.ocr.OcrResult;
import io.casevault.ocr.OcrSettings;
import io.casevault.ocr.PaymentScreens;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the OCR engine on the GenCorpus phone screenshots (1080 × 2400 PNG), one thread as the
 * app runs it. Prints the model load time, the median and 90th-percentile CPU and wall time per screenshot once
 * warm, the process's peak resident memory once the corpus is read, and the accuracy on the rendered payment
 * screens of {@link PaymentScreens} (lines holding an amount, an ID or a date read exactly; masked phone numbers
 * counted apart), with the peak again at the end: drawing those screens with Java2D in the same process adds to it.
 * DESIGN's goals: at most 1.0 s CPU per screenshot, at most 700 MB resident, at least 99 % of key lines exact. Run
 * {@code src/bench/ocr.sh}.
 *
 * <pre>OcrBench CORPUS_DIR [SCREENSHOTS] [--accuracy-only | --speed-only]</pre>
 */
public final class OcrBench {
    private static final int WARM_UP = 3;

    private OcrBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int count = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 200;
        List<String> flags = Arrays.asList(args);
        long start = System.nanoTime();
        try (OcrEngine engine = OcrEngine.load(OcrSettings.defaults()
                .withNativeLibraryCache(Path.of("target/bench/native-cache")))) {
            System.out.printf(Locale.ROOT, "model load: %d ms (%s, %s)%n", (System.nanoTime() - start) / 1_000_000,
                    engine.modelVersion(), engine.engine());
            // the corpus first, so the peak it reaches is read before the accuracy part renders its test screens
            if (!flags.contains("--accuracy-only")) {
                speed(engine, corpus, count);
                System.out.printf(Locale.ROOT, "peak resident memory after reading the corpus: %s (max heap %d MB; "
                        + "goal: at most 700 MB)%n", peakResident(), Runtime.getRuntime().maxMemory() >> 20);
            }
            if (!flags.contains("--speed-only")) {
                accuracy(engine);
            }
        }
        System.out.printf(Locale.ROOT, "peak resident memory at the end (the accuracy part draws its screens in this "
                + "process too): %s%n", peakResident());
    }

    private static void accuracy(OcrEngine engine) throws Exception {
        int keys = 0;
        int exact = 0;
        int masked = 0;
        int maskedExact = 0;
        for (PaymentScreens.Spec spec : PaymentScreens.all()) {
            PaymentScreens.Screen screen = PaymentScreens.render(spec);
            List<String> read = engine.recognise(screen.image()).lines().stream().map(OcrLine::text).toList();
            for (PaymentScreens.Drawn line : screen.lines()) {
                if (line.text().contains("****")) {
                    masked++;
                    maskedExact += read.contains(line.text()) ? 1 : 0;
                }
            }
            for (PaymentScreens.Drawn key : screen.keyLines()) {
                keys++;
                if (read.contains(key.text())) {
                    exact++;
                } else {
                    System.out.printf("  missed in %s: %s %s; read %s%n", spec, key.kind(), key.text(), read);
                }
            }
        }
        System.out.printf(Locale.ROOT, "accuracy: %d of %d key lines (amount, ID, date) read exactly on %d rendered "
                + "screens = %.1f %% (goal: at least 99 %%)%n", exact, keys, PaymentScreens.all().size(),
                100.0 * exact / keys);
        System.out.printf(Locale.ROOT, "masked numbers (138****5678): %d of %d read exactly%n", maskedExact, masked);
    }

    private static void speed(OcrEngine engine, Path corpus, int count) throws Exception {
        List<Path> shots;
        try (Stream<Path> files = Files.list(corpus)) {
            shots = files.filter(p -> p.getFileName().toString().matches("shot-\\d+\\.png")).sorted().limit(count)
                    .toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < Math.min(WARM_UP, shots.size()); i++) {
            engine.recognise(ImageIO.read(shots.get(i).toFile()));
        }
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        int lines = 0;
        for (Path shot : shots) {
            BufferedImage image = ImageIO.read(shot.toFile());
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            OcrResult result = engine.recognise(image);
            wall.add((System.nanoTime() - t0) / 1e6);
            cpu.add((os.getProcessCpuTime() - c0) / 1e6);
            lines += result.lines().size();
        }
        System.out.printf(Locale.ROOT, "%d screenshots (%d lines read), warm, one thread: CPU median %.0f ms, p90 %.0f "
                + "ms; wall median %.0f ms, p90 %.0f ms (goal: at most 1000 ms CPU)%n", shots.size(), lines,
                percentile(cpu, 50), percentile(cpu, 90), percentile(wall, 50), percentile(wall, 90));
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", os.getSystemLoadAverage());
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** VmHWM of this process (Linux), the most resident memory it has had. */
    private static String peakResident() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc/self/status)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
    }
}
