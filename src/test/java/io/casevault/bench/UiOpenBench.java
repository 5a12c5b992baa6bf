package io.casevault.bench;

import io.casevault.app.VaultSession;
import io.casevault.app.AppExecutors;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.BackgroundWork;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.prefs.Theme;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.UiFixture;
import io.casevault.ui.transactions.ServiceTransactionDialogs;
import io.casevault.vault.Vault;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Benchmark, not a test: opening the tabs of a case with 10,000 transactions and 1,000 exhibits in a real window, and
 * scrolling through each list while recording the longest gap between two FX pulses. DESIGN's goals: a case opens in
 * under 300 ms; scrolling never stalls the FX thread over 100 ms. Run under a display: {@code src/bench/ui-open.sh}.
 */
public final class UiOpenBench {
    private UiOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/large-vault");
        long caseId = LargeCase.ensure(dir);
        Platform.startup(() -> {
            // each view's window closes before the next one opens: without this the toolkit would exit in between
            Platform.setImplicitExit(false);
            Appearance.loadFonts();
            Appearance.applyTheme(Theme.LIGHT);
        });
        AppExecutors executors = AppExecutors.of(2, 2);
        ExecutorService background = executors.io();
        try (VaultSession session = VaultSession.open(dir, Vault.Access.WRITE, Clock.systemUTC())) {
            Notifier quiet = new Notifier() {
                @Override
                public void info(String title, String message) {
                }

                @Override
                public void error(String title, String message) {
                    System.err.println(title + ": " + message);
                }
            };
            BackgroundWork none = worker -> { };
            UiContext ctx = new UiContext(session, Bundles.load(Locale.ENGLISH), background, Clock.systemUTC(),
                    ZoneId.systemDefault(), quiet, none);
            // round 1 is a cold start (classes loading, code not compiled yet); later rounds are the app in use
            for (int round = 1; round <= 3; round++) {
                System.out.println("round " + round);
                measure("transactions", new FxCall<CaseView>(() -> UiFixture.transactions(ctx, executors,
                        new ServiceTransactionDialogs(ctx.session().transactions(), ctx.session().statements(),
                                ctx.texts(), new Background(executors, none), ctx.notifier(),
                                ctx.clock().withZone(ctx.zone())))).get(), caseId,
                        root -> (TableView<?>) root.lookup(".table-view"), t -> t.getItems().size(),
                        LargeCase.TRANSACTIONS);
                measure("evidence", new FxCall<>(() -> CaseTabs.evidence(ctx,
                        new Background(executors, none))).get(), caseId,
                        root -> (GridView<?>) root.lookup(".grid-view"), g -> g.getItems().size(), LargeCase.EXHIBITS);
                measure("timeline", new FxCall<>(() -> CaseTabs.timeline(ctx,
                        new Background(executors, none))).get(), caseId,
                        root -> (ListView<?>) root.lookup(".list-view"), l -> l.getItems().size(),
                        LargeCase.TRANSACTIONS);
            }
        } finally {
            executors.close();
            Platform.exit();
        }
    }

    private static <N extends Node> void measure(String name, CaseView view, long caseId, Function<Node, N> find,
                                                 Function<N, Integer> count, int atLeast) throws Exception {
        CompletableFuture<Long> opened = new CompletableFuture<>();
        long[] maxGap = {0};
        long[] last = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    maxGap[0] = Math.max(maxGap[0], now - last[0]);
                }
                last[0] = now;
            }
        };
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1200, 800);
            Appearance.style(scene);
            stage.setScene(scene);
            stage.show();
            pulses.start();
            long t0 = System.nanoTime();
            view.showCase(caseId);
            AnimationTimer poll = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    N node = find.apply(view.root());
                    if (node != null && count.apply(node) >= atLeast) {
                        stop();
                        opened.complete(System.nanoTime() - t0);
                    }
                }
            };
            poll.start();
        });
        long openNs = opened.get();
        long openGap = maxGap[0];
        maxGap[0] = 0;
        last[0] = 0;
        // scroll from top to bottom in 60 steps, one per pulse
        CompletableFuture<Void> scrolled = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<ScrollBar> bars = view.root().lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                    .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .toList();
            int[] step = {0};
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    step[0]++;
                    for (ScrollBar b : bars) {
                        b.setValue(b.getMin() + (b.getMax() - b.getMin()) * step[0] / 60.0);
                    }
                    if (step[0] >= 60) {
                        stop();
                        scrolled.complete(null);
                    }
                }
            }.start();
        });
        scrolled.get();
        Thread.sleep(200);
        System.out.printf("%-12s open %6.1f ms (longest pulse gap while loading %5.1f ms); scroll: longest pulse gap "
                + "%5.1f ms (goals: open < 300 ms, gap < 100 ms)%n", name, openNs / 1e6, openGap / 1e6, maxGap[0] / 1e6);
        pulses.stop();
        Platform.runLater(() -> ((Stage) view.root().getScene().getWindow()).close());
    }

    /** Builds a view on the FX thread and hands it back. */
    private record FxCall<T>(java.util.function.Supplier<T> make) {
        T get() throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(make.get());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
            return f.get();
        }
    }
}
