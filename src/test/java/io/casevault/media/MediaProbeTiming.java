package io.casevault.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Micro timing for {@link MediaProbe#probe}, not a test: run with the test classpath, optionally passing files.
 * Defaults to the generated benchmark corpus (a 1080x2400 PNG screenshot and a 3024x4032 JPEG photo).
 */
public final class MediaProbeTiming {

    private static final int WARM_UP = 50;
    private static final int RUNS = 20;

    private MediaProbeTiming() {
    }

    public static void main(String[] args) throws Exception {
        String[] files = args.length > 0 ? args
                : new String[] {"/tmp/corpus/out/shot-0001.png", "/tmp/corpus/out/photo-0001.jpg"};
        MediaProbe probe = new MediaProbe();
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.out.println(name + ": missing");
                continue;
            }
            ProbeResult result = null;
            for (int i = 0; i < WARM_UP; i++) {
                result = probe.probe(file);
            }
            long start = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                result = probe.probe(file);
            }
            double millis = (System.nanoTime() - start) / 1e6 / RUNS;
            System.out.printf(Locale.ROOT, "%s: %.2f ms per probe (%d runs, %,d bytes) -> %s %dx%d%n", name, millis,
                    RUNS, Files.size(file), result.mediaType(), result.width().orElse(0), result.height().orElse(0));
        }
    }
}
