package io.casevault.ui.export;

import io.casevault.app.CaseService;
import io.casevault.app.ExportService;
import io.casevault.app.FormTextService;
import io.casevault.app.OriginalsExportService;
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

/** Wiring of the export tab: the services it uses, handed to its view model and dialogs, and its controller. */
public final class ExportViews {
    private final Texts texts;
    private final Supplier<ExportViewModel> viewModels;
    private final HandOverDialogs handOver;

    /** @param clock the clock in the user's time zone */
    public ExportViews(ExportService exports, CaseService cases, FormTextService forms,
                       OriginalsExportService originals, Texts texts, Background background, Clock clock,
                       Notifier notifier) {
        this(exports::export, exports::predict, cases::get, new DesktopFileOpener(), Path.of(VaultLocation.userHome()), texts,
                background, clock, notifier, new HandOverDialogs(forms::formText, originals::exhibits,
                        originals::export, HandOverDialogs.chooser(texts), Path.of(VaultLocation.userHome()), texts,
                        background, clock));
    }

    /** With the export, the file opener and the dialogs given, as tests give a slowed exporter and a recording opener. */
    public ExportViews(Exporter exporter, SizePredictor predictor, ExportViewModel.Cases cases, FileOpener opener,
                       Path home, Texts texts, Background background, Clock clock, Notifier notifier,
                       HandOverDialogs handOver) {
        this.texts = Objects.requireNonNull(texts);
        this.handOver = Objects.requireNonNull(handOver);
        this.viewModels = () -> new ExportViewModel(exporter, predictor, cases, opener, home, texts, background, clock, notifier);
    }

    public FxmlLoaderFactory register(FxmlLoaderFactory factory) {
        return factory.register(ExportController.class,
                () -> new ExportController(viewModels.get(), handOver, texts));
    }

    /** Registers the controller and loads the tab. */
    public ExportController load(FxmlLoaderFactory factory) {
        return register(factory).load(FxmlView.EXPORT).getController();
    }
}
