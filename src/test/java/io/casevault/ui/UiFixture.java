package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.cases.OverviewController;
import io.casevault.ui.cases.OverviewViewModel;
import io.casevault.ui.cases.ServiceOverviewDialogs;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.BackgroundWork;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.shell.WindowServices;
import io.casevault.ui.transactions.TransactionDialogs;
import io.casevault.ui.transactions.TransactionsController;
import io.casevault.ui.transactions.TransactionsViewModel;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The one fixture of the UI tests: the one test clock and zone, waiting for the window to settle, and (as an instance)
 * a real vault in a temporary folder with one case and a context whose notifications are recorded.
 */
public final class UiFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-25 14:00 in Shanghai. */
    public static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    /** The one clock of the UI tests: always {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    /** The day {@link #CLOCK} shows in {@link #ZONE}. */
    public static final LocalDate TODAY = LocalDate.now(CLOCK.withZone(ZONE));

    public final VaultSession session;
    public final long caseId;
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final List<Worker<?>> tracked = new CopyOnWriteArrayList<>();
    public final UiContext ctx;
    private final AppExecutors executors;

    public UiFixture(Path dir, Locale locale) {
        // the views' stylesheets use the theme's looked-up colours, as in the application
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        session = VaultSession.create(dir.resolve("vault"), CLOCK);
        caseId = session.cases().create(new NewCase("转账未到账", "Alipay", null, null, null, null, List.of("退款"),
                IncidentDate.exact(LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 11, 1), 30, null, false)).id();
        executors = executors();
        ResourceBundle bundle = ResourceBundle.getBundle("io.casevault.ui.messages", locale);
        BackgroundWork work = tracked::add;
        ctx = new UiContext(session, bundle, executors.io(), CLOCK, ZONE, notifier, work);
    }

    /** Where views built without the context run their work: the fixture's executors, tracked like the context's. */
    public Background background() {
        return new Background(executors, tracked::add);
    }

    @Override
    public void close() {
        executors.close();
        session.close();
    }

    /** The overview tab over this fixture's vault, built as the window builds it. */
    public OverviewController overview(CaseChanges changes) {
        return overview(ctx, executors, changes);
    }

    /** The overview tab over the context's vault, built as the window builds it. */
    public static OverviewController overview(UiContext ctx, AppExecutors executors, CaseChanges changes) {
        Texts texts = ctx.texts();
        Formats formats = ctx.formats();
        OverviewViewModel model = new OverviewViewModel(services(ctx).overview(), texts, formats,
                new Background(executors, ctx.work()), ctx.notifier(), changes, ctx.clock(), ctx.zone());
        return new FxmlLoaderFactory(texts.bundle()).register(OverviewController.class,
                () -> new OverviewController(model, texts, formats, new ServiceOverviewDialogs(ctx.session().cases(),
                        ctx.session().guidance(), ctx.session().followUps(), texts,
                        new Background(executors, ctx.work()), ctx.clock().withZone(ctx.zone()))))
                .load(FxmlView.OVERVIEW).getController();
    }

    /** The transactions tab over this fixture's vault, opening {@code dialogs}. */
    public TransactionsController transactions(TransactionDialogs dialogs) {
        return transactions(ctx, executors, dialogs);
    }

    /** The transactions tab over the context's vault, opening {@code dialogs}. */
    public static TransactionsController transactions(UiContext ctx, AppExecutors executors,
                                                      TransactionDialogs dialogs) {
        Texts texts = ctx.texts();
        Formats formats = ctx.formats();
        TransactionsViewModel model = new TransactionsViewModel(services(ctx).transactions(), texts, formats,
                new Background(executors, ctx.work()), ctx.notifier());
        return new FxmlLoaderFactory(texts.bundle()).register(TransactionsController.class,
                () -> new TransactionsController(model, texts, formats, dialogs))
                .load(FxmlView.TRANSACTIONS).getController();
    }

    private static WindowServices services(UiContext ctx) {
        return new WindowServices(ctx.session(), ctx.clock(), ctx.zone());
    }

    /** Executors of the size the tests run with (two threads each). */
    public static AppExecutors executors() {
        return AppExecutors.of(2, 2);
    }

    /** A background executor for a test; shut it down after the test. */
    public static ExecutorService executor() {
        return executors().io();
    }

    /** Waits until the condition holds on the FX thread, after background work and FX events settle. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The window did not reach the expected state within 10 seconds", e);
        }
    }

    /** True when a visible labeled node shows exactly this text. */
    public static boolean showsText(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && isShowing(n)).tryQuery()
                .isPresent();
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Every message shown to the user, in order. */
    public static final class RecordingNotifier implements Notifier {
        public record Message(boolean error, String title, String text) {
        }

        public final List<Message> messages = new CopyOnWriteArrayList<>();

        @Override
        public void info(String title, String message) {
            messages.add(new Message(false, title, message));
        }

        @Override
        public void error(String title, String message) {
            messages.add(new Message(true, title, message));
        }
    }
}
