package io.casevault.ui.common;

import javafx.concurrent.Worker;

/** The status bar's list of running background work; views register their tasks here. */
public interface BackgroundWork {

    void track(Worker<?> worker);
}
