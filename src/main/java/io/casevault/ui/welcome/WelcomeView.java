package io.casevault.ui.welcome;

import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;

import java.util.Objects;

/** Shown while the vault has no cases: the three steps of a complaint, and a sample case to look around in. */
public final class WelcomeView {
    private final UiContext ctx;
    private final CaseChanges changes;
    private final Node root;
    private Runnable onNewCase = () -> { };

    @FXML private Button sampleButton;

    public WelcomeView(UiContext ctx, CaseChanges changes) {
        this.ctx = Objects.requireNonNull(ctx);
        this.changes = Objects.requireNonNull(changes);
        this.root = new FxmlLoaderFactory(ctx.bundle()).register(WelcomeView.class, () -> this)
                .load(FxmlView.WELCOME).getRoot();
    }

    public Node root() {
        return root;
    }

    public void onNewCase(Runnable action) {
        this.onNewCase = Objects.requireNonNull(action);
    }

    @FXML
    private void newCase() {
        onNewCase.run();
    }

    @FXML
    private void createSample() {
        sampleButton.setDisable(true);
        Tasks.create(() -> SampleCase.create(ctx)).title(ctx.text("welcome.sample.creating"))
                .onSuccess(c -> {
                    sampleButton.setDisable(false);
                    changes.caseAdded(c.id());
                    ctx.notifier().info(ctx.text("welcome.sample.created"), ctx.text("welcome.sample.createdHint"));
                })
                .onError(e -> {
                    sampleButton.setDisable(false);
                    ctx.notifier().error(ctx.text("welcome.sample.failed"), ctx.describe(e));
                })
                .run(ctx);
    }
}
