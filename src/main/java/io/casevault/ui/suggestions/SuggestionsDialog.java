package io.casevault.ui.suggestions;

import io.casevault.app.SuggestionService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.Objects;

/**
 * "Review suggestions" for one case: what CaseVault proposes from its screenshots' text, to accept, dismiss or accept
 * all. Made once with the service it uses; {@link #show} opens it for one case.
 */
public final class SuggestionsDialog {
    private final SuggestionsViewModel.Source source;
    private final Texts texts;
    private final Background background;

    public SuggestionsDialog(SuggestionsViewModel.Source source, Texts texts, Background background) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
    }

    /** Over the app's suggestion service. */
    public SuggestionsDialog(SuggestionService service, Texts texts, Background background) {
        this(new ServiceSuggestions(service), texts, background);
    }

    /** Opens the case's suggestions without waiting; {@code onChanged} runs after each decision that changed it. */
    public Dialog<Void> show(Window owner, long caseId, Runnable onChanged) {
        SuggestionsViewModel model = new SuggestionsViewModel(source, texts, background, caseId, onChanged);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(SuggestionsController.class, () -> new SuggestionsController(model));
        return FxmlDialog.<Void>load(factory, FxmlView.SUGGESTIONS_DIALOG)
                .title(texts.text("suggestions.title"))
                .header(texts.text("suggestions.header"))
                .cancel(texts.text("suggestions.close"))
                .minSize(760, 520)
                .show(owner, nothing -> {
                });
    }
}
