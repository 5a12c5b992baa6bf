package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.BackgroundWork;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.UiContext;
import javafx.concurrent.Worker;

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
import java.util.concurrent.Executors;

/** A real vault in a temporary folder with one case, and a UiContext whose notifications are recorded. */
public final class UiFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-25 14:00 in Shanghai. */
    public static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    public final VaultSession session;
    public final long caseId;
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final List<Worker<?>> tracked = new CopyOnWriteArrayList<>();
    public final UiContext ctx;
    private final ExecutorService background;
    private AppExecutors executors;

    public UiFixture(Path dir, Locale locale) {
        // the views' stylesheets use the theme's looked-up colours, as in the application
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        Clock clock = Clock.fixed(NOW, ZONE);
        session = VaultSession.create(dir.resolve("vault"), clock);
        caseId = session.cases().create(new NewCase("转账未到账", "Alipay", null, null, null, null, List.of("退款"),
                IncidentDate.exact(LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 11, 1), 30, null, false)).id();
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        ResourceBundle bundle = ResourceBundle.getBundle("io.casevault.ui.messages", locale);
        BackgroundWork work = tracked::add;
        ctx = new UiContext(session, bundle, background, clock, ZONE, notifier, work);
    }

    /** Where views built without the context run their work: small executors, tracked like the context's. */
    public synchronized Background background() {
        if (executors == null) {
            executors = AppExecutors.of(2, 2);
        }
        return new Background(executors, tracked::add);
    }

    @Override
    public void close() {
        background.shutdownNow();
        synchronized (this) {
            if (executors != null) {
                executors.close();
            }
        }
        session.close();
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
