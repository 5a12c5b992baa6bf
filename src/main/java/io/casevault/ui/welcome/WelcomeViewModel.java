package io.casevault.ui.welcome;

import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/** The welcome view's one command besides "New case": create the sample case, then show it. */
public final class WelcomeViewModel {
    private final SampleCase.Store store;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final CaseChanges changes;
    private final Clock clock;
    private final ZoneId zone;
    private final BooleanProperty creating = new SimpleBooleanProperty();

    public WelcomeViewModel(SampleCase.Store store, Texts texts, Background background, Notifier notifier,
                            CaseChanges changes, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.changes = Objects.requireNonNull(changes);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** True while the sample is being written. */
    public ReadOnlyBooleanProperty creating() {
        return creating;
    }

    public void createSample() {
        creating.set(true);
        Tasks.create(() -> SampleCase.create(store, texts, clock, zone)).title(texts.text("welcome.sample.creating"))
                .onSuccess(c -> {
                    changes.caseAdded(c.id());
                    notifier.info(texts.text("welcome.sample.created"), texts.text("welcome.sample.createdHint"));
                })
                .onError(e -> notifier.error(texts.text("welcome.sample.failed"), texts.describe(e)))
                .andFinally(() -> creating.set(false))
                .run(background);
    }
}
