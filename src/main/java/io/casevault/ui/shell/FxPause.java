package io.casevault.ui.shell;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Waits for a pause in typing on the FX thread before searching; a new keystroke starts the wait again. */
final class FxPause implements CaseListViewModel.Pause {
    private final PauseTransition pause;

    FxPause(Duration wait) {
        this.pause = new PauseTransition(wait);
    }

    @Override
    public void restart(Runnable then) {
        pause.setOnFinished(e -> then.run());
        pause.playFromStart();
    }
}
