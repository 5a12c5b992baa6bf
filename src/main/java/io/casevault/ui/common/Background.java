package io.casevault.ui.common;

import io.casevault.app.AppExecutors;
import javafx.concurrent.Worker;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Where the window's background work runs: the application-wide executors, and the status bar that lists running
 * work. Controllers and view models get this to run {@link Tasks}; they never build threads or pools.
 */
public final class Background {
    private final AppExecutors executors;
    private final Executor io;
    private final Executor cpu;
    private final Executor ahead;
    private final BackgroundWork work;

    public Background(AppExecutors executors, BackgroundWork work) {
        this.executors = Objects.requireNonNull(executors);
        this.io = executors.io();
        this.cpu = executors.cpu();
        this.ahead = executors.ahead();
        this.work = Objects.requireNonNull(work);
    }

    private Background(Executor executor, BackgroundWork work) {
        this.executors = null;
        this.io = executor;
        this.cpu = executor;
        this.ahead = executor;
        this.work = work;
    }

    /** Every kind of work on one executor (UI tests, and a view that runs everything on one thread). */
    public static Background using(Executor executor, BackgroundWork work) {
        return new Background(Objects.requireNonNull(executor), Objects.requireNonNull(work));
    }

    /**
     * For view-model tests without the toolkit: {@link Tasks} run here do their work and call their handlers at once,
     * on the calling thread.
     */
    public static Background direct() {
        return new Background((Executor) null, w -> {
        });
    }

    boolean isDirect() {
        return io == null;
    }

    /** For work that mostly waits on the disk or the database. */
    public Executor io() {
        return isDirect() ? Runnable::run : io;
    }

    /** For work that keeps a core busy (decoding, rendering, recognising). */
    public Executor cpu() {
        return isDirect() ? Runnable::run : cpu;
    }

    /** For work done ahead, on the chance it is needed ({@link AppExecutors#ahead()}). */
    public Executor ahead() {
        return isDirect() ? Runnable::run : ahead;
    }

    /** Shows the worker in the status bar while it runs. */
    public void track(Worker<?> worker) {
        work.track(worker);
    }

    /** The application-wide executors, for services that take one; empty in direct mode. */
    public java.util.Optional<AppExecutors> executors() {
        return java.util.Optional.ofNullable(executors);
    }
}
