package io.casevault.ui.cases;

import io.casevault.app.CaseService;
import io.casevault.domain.Case;
import io.casevault.domain.NewCase;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The new-case dialog, also used to edit a case. Save stays disabled until the form is valid; saving runs in the
 * background and a refusal from the service is shown in the dialog, which then stays open. Made once with the case
 * service; {@link #show} opens it.
 */
public final class CaseDialog {
    private final Function<NewCase, Case> create;
    private final BiFunction<Long, NewCase, Case> update;
    private final Texts texts;
    private final Background background;
    private final Clock clock;

    /** {@code clock} is in the window's zone. */
    public CaseDialog(Function<NewCase, Case> create, BiFunction<Long, NewCase, Case> update, Texts texts,
                      Background background, Clock clock) {
        this.create = Objects.requireNonNull(create);
        this.update = Objects.requireNonNull(update);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    public CaseDialog(CaseService cases, Texts texts, Background background, Clock clock) {
        this(cases::create, cases::update, texts, background, clock);
    }

    /** Shows the dialog without waiting; {@code onSaved} gets the created or updated case. */
    public Dialog<Case> show(Window owner, Case existing, Consumer<Case> onSaved) {
        Function<NewCase, Case> saver = existing == null ? create : draft -> update.apply(existing.id(), draft);
        CaseDialogViewModel model = new CaseDialogViewModel(texts, background, clock, existing, saver);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(CaseFormController.class, () -> new CaseFormController(model, texts));
        boolean adding = existing == null;
        return FxmlDialog.<Case>load(factory, FxmlView.CASE_DIALOG)
                .title(texts.text(adding ? "newcase.dialogTitle" : "newcase.editTitle"))
                .header(texts.text(adding ? "newcase.header" : "newcase.editHeader"))
                .submit(texts.text(adding ? "newcase.create" : "newcase.save"), "saveCaseButton")
                .cancel(texts.text("app.cancel"))
                .minSize(700, 740)
                .show(owner, onSaved);
    }
}
