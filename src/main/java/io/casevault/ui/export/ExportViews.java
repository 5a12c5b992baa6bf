package io.casevault.ui.export;

import io.casevault.app.CaseService;
import io.casevault.app.ExportService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.DesktopFileOpener;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import io.casevault.vault.VaultLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/** Wiring of the export tab: the services it uses, handed to its view model, and its controller registered. */
public final class ExportViews {
    private final Texts texts;
    private final Supplier<ExportViewModel> viewModels;

    /** @param clock the clock in the user's time zone */
    public ExportViews(ExportService exports, CaseService cases, Texts texts, Background background, Clock clock,
                       Notifier notifier) {
        this(exports::export, cases::get, new DesktopFileOpener(), Path.of(VaultLocation.userHome()), texts,
                background, clock, notifier);
    }

    /** With the export and the file opener given, as tests give a slowed exporter and a recording opener. */
    public ExportViews(Exporter exporter, ExportViewModel.Cases cases, FileOpener opener, Path home, Texts texts,
                       Background background, Clock clock, Notifier notifier) {
        this.texts = Objects.requireNonNull(texts);
        this.viewModels = () -> new ExportViewModel(exporter, cases, opener, home, texts, background, clock, notifier);
    }

    public FxmlLoaderFactory register(FxmlLoaderFactory factory) {
        return factory.register(ExportController.class, () -> new ExportController(viewModels.get(), texts));
    }

    /** Registers the controller and loads the tab. */
    public ExportController load(FxmlLoaderFactory factory) {
        return register(factory).load(FxmlView.EXPORT).getController();
    }
}
