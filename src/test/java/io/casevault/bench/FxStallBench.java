package io.casevault.bench;

import io.casevault.app.AppExecutors;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.NewCase;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import io.casevault.ui.evidence.EvidenceController;
import io.casevault.ui.evidence.EvidenceViews;
import io.casevault.ui.prefs.Theme;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.RecognitionRun;
import io.casevault.ui.shell.StatusBarController;
import io.casevault.ui.shell.StatusBarViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the window's FX thread while the screenshots' text is read in the background. A new vault
 * gets N GenCorpus screenshots (1080 × 2400); the evidence tab (the first exhibit selected, its text panel open) and
 * the status bar are shown as the window wires them, and the reading starts as it does when a vault opens. An
 * AnimationTimer records every gap between two pulses until the reading ends. DESIGN's goal: never over 100 ms.
 * Run under a display: {@code src/bench/fx-stall.sh}.
 */
public final class FxStallBench {
    private FxStallBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path vault = Files.createTempDirectory("fx-stall").resolve("vault");
        List<Path> shots;
        try (Stream<Path> files = Files.list(corpus)) {
            shots = files.filter(p -> p.getFileName().toString().matches("shot-\\d+\\.png")).sorted().limit(count)
                    .toList();
        }
        Platform.startup(() -> {
            Appearance.loadFonts();
            Appearance.applyTheme(Theme.LIGHT);
        });
        try (AppExecutors executors = AppExecutors.forThisMachine();
             VaultSession session = VaultSession.create(vault, Clock.systemUTC(), executors)) {
            long caseId = session.cases().create(new NewCase("转账未到账", "Alipay", null, null, null, null, List.of(),
                    null, LocalDate.now(), null, null, false)).id();
            session.evidence().add(caseId, shots, null, Progress.NONE);
            System.out.printf("%d screenshots added to %s%n", shots.size(), vault);
            run(session, executors, caseId, shots.size());
        } finally {
            Platform.exit();
        }
    }

    private static void run(VaultSession session, AppExecutors executors, long caseId, int count) throws Exception {
        Texts texts = new Texts(Bundles.load(Locale.SIMPLIFIED_CHINESE));
        StatusBarViewModel status = new StatusBarViewModel();
        Background background = new Background(executors, status);
        RecognitionRun reading = new RecognitionRun(session.recognition()::recogniseNow, texts,
                Background.using(executors.cpu(), w -> { }), Platform::runLater);
        Gaps gaps = new Gaps();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle());
            EvidenceController evidence = new EvidenceViews(session.evidence(), session.mail(),
                    session.transactions(), session.followUps(), session.thumbnails(), session.lookAlikes(),
                    session.recognition(), texts, background, Clock.systemDefaultZone(), status)
                    .refreshingTextWhen(reading.read()).load(factory);
            Parent bar = factory.register(StatusBarController.class, () -> new StatusBarController(status, reading,
                    texts)).load(FxmlView.STATUS_BAR).getRoot();
            BorderPane window = new BorderPane(evidence.root(), null, null, bar, null);
            Stage stage = new Stage();
            Scene scene = new Scene(window, 1091, 589);
            Appearance.style(scene);
            stage.setScene(scene);
            stage.show();
            evidence.showCase(caseId);
            evidence.reveal(session.evidence().list(caseId).get(0).id());
            ((TabPane) evidence.root().lookup(".evidence-inspector-tabs")).getSelectionModel().select(1);
            gaps.start();
            shown.complete(null);
        });
        shown.get();
        // the window settles (styles, thumbnails, the preview), then the same window idle, then while reading
        Thread.sleep(5_000);
        gaps.reset();
        Thread.sleep(10_000);
        System.out.println("idle window for 10 s (the machine's own noise): " + gaps.report());
        CompletableFuture<Long> done = new CompletableFuture<>();
        long started = System.nanoTime();
        long gcBefore = gcMillis();
        Platform.runLater(() -> {
            gaps.reset();
            reading.running().addListener((o, was, now) -> {
                if (!now) {
                    done.complete(System.nanoTime() - started);
                }
            });
            reading.start();
        });
        long ns = done.get();
        System.out.printf("while reading %d screenshots (%.1f s, %.2f s each; %d left to read): %s; garbage "
                        + "collection paused the process for %d ms in all%n", count, ns / 1e9, ns / 1e9 / count,
                session.recognition().pending(), gaps.report(), gcMillis() - gcBefore);
        Platform.runLater(gaps::stop);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    /**
     * The gaps between FX pulses: the longest, how many passed 100 ms (and when, in the process's uptime, to set
     * beside a GC log), out of how many pulses; and the CPU time the FX thread itself used between two pulses (in the
     * longest gap, and the most in any), and the same for the thread that draws the frames: other work on the machine
     * inflates these far less than the gaps.
     */
    private static final class Gaps extends AnimationTimer {
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private volatile long longest;
        private volatile long longestCpu;
        private volatile long busiest;
        private volatile long longestRender;
        private volatile long busiestRender;
        /** The thread that draws the frames; a pulse waits for the previous frame to be drawn. */
        private long renderer = -1;
        private long lastRender;
        private volatile long over;
        private volatile long pulses;
        private final List<String> when = new java.util.concurrent.CopyOnWriteArrayList<>();
        private long last;
        private long lastCpu;

        @Override
        public void handle(long now) {
            long cpu = threads.getCurrentThreadCpuTime();
            if (renderer < 0) {
                renderer = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                        .orElse(0);
            }
            long render = renderer > 0 ? threads.getThreadCpuTime(renderer) : 0;
            if (last != 0) {
                long gap = now - last;
                if (gap > longest) {
                    longest = gap;
                    longestCpu = cpu - lastCpu;
                    longestRender = render - lastRender;
                }
                busiest = Math.max(busiest, cpu - lastCpu);
                busiestRender = Math.max(busiestRender, render - lastRender);
                if (gap > 100_000_000L) {
                    over++;
                    when.add(String.format("%.0f ms at %.1f s", gap / 1e6,
                            ManagementFactory.getRuntimeMXBean().getUptime() / 1e3));
                }
            }
            pulses++;
            last = now;
            lastCpu = cpu;
            lastRender = render;
        }

        void reset() {
            longest = 0;
            longestCpu = 0;
            busiest = 0;
            longestRender = 0;
            busiestRender = 0;
            over = 0;
            pulses = 0;
            when.clear();
        }

        String report() {
            return String.format("%d pulses, longest gap %.1f ms (CPU in it: FX thread %.1f ms, renderer %.1f ms), %d "
                    + "gaps over 100 ms (goal: none)%s; most CPU between two pulses: FX thread %.1f ms, renderer %.1f "
                    + "ms", pulses, longest / 1e6, longestCpu / 1e6, longestRender / 1e6, over,
                    when.isEmpty() ? "" : " " + when, busiest / 1e6, busiestRender / 1e6);
        }
    }
}
