package io.casevault.ui.common;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The one way the window runs work off the FX thread (after Cryptomator's {@code Tasks}): the work runs on one of the
 * application-wide executors of {@link Background}, the result or the error comes back on the FX thread, progress
 * reaches it throttled through a {@link ProgressRelay}, and failures are logged, never swallowed.
 *
 * <pre>{@code
 * Tasks.create(() -> service.load(id))
 *      .title(texts.text("overview.loading"))
 *      .onSuccess(this::show)
 *      .onError(VaultException.class, e -> notifier.error(...))
 *      .onError(e -> notifier.error(...))
 *      .andFinally(() -> busy.set(false))
 *      .run(background);
 * }</pre>
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Work that reports progress: it is handed the relay that {@link Builder#progress} set (or a silent one). */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(ProgressRelay progress) throws Exception;
    }

    public static <T> Builder<T> create(ProgressWork<T> work) {
        Builder<T> builder = new Builder<>(null);
        builder.progressWork = work;
        return builder;
    }

    /** A task with a title from the start, so the status bar can name it. */
    private static final class NamedTask<T> extends Task<T> {
        private final Callable<T> work;

        NamedTask(String title, Callable<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call();
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handle(Throwable error) {
            if (!type.isInstance(error)) {
                return false;
            }
            handler.accept(type.cast(error));
            return true;
        }
    }

    /** Builds one background task. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private ProgressWork<T> progressWork;
        private Consumer<? super T> onSuccess = r -> {
        };
        private final List<ErrorHandler<?>> onError = new ArrayList<>();
        private Runnable andFinally = () -> {
        };
        private ProgressRelay progress;
        private String title = "";
        private boolean cpu;

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> title(String title) {
            this.title = Objects.requireNonNull(title);
            return this;
        }

        public Builder<T> onSuccess(Consumer<? super T> consumer) {
            this.onSuccess = Objects.requireNonNull(consumer);
            return this;
        }

        /**
         * Handles failures of this type (or a subtype), on the FX thread. Handlers are tried in the order they were
         * added; the first whose type matches takes the failure.
         */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            onError.add(new ErrorHandler<>(Objects.requireNonNull(type), Objects.requireNonNull(handler)));
            return this;
        }

        /** Handles every failure no typed handler took. */
        public Builder<T> onError(Consumer<Throwable> handler) {
            return onError(Throwable.class, handler);
        }

        /** Runs on the FX thread after success, failure or cancellation, after their handlers. */
        public Builder<T> andFinally(Runnable runnable) {
            this.andFinally = Objects.requireNonNull(runnable);
            return this;
        }

        /** Reports the work's progress through this relay, started when the task starts and stopped when it ends. */
        public Builder<T> progress(ProgressRelay relay) {
            this.progress = Objects.requireNonNull(relay);
            return this;
        }

        /** Runs on the CPU executor (decoding, rendering, recognising) rather than the I/O one. */
        public Builder<T> cpuBound() {
            this.cpu = true;
            return this;
        }

        /** The task, not yet started; {@link #run} is the usual way. */
        public Task<T> build() {
            ProgressRelay relay = progress != null ? progress : new ProgressRelay();
            Callable<T> callable = progressWork != null ? () -> progressWork.call(relay) : work;
            Task<T> task = new NamedTask<>(title, callable);
            if (progress != null) {
                task.setOnScheduled(e -> progress.start());
            }
            task.setOnSucceeded(e -> {
                try {
                    stopProgress();
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    stopProgress();
                    Throwable error = task.getException();
                    LOG.warn("Background task '{}' failed", title, error);
                    for (ErrorHandler<?> handler : onError) {
                        if (handler.handle(error)) {
                            break;
                        }
                    }
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> {
                try {
                    stopProgress();
                } finally {
                    andFinally.run();
                }
            });
            return task;
        }

        private void stopProgress() {
            if (progress != null) {
                progress.stop();
            }
        }

        /**
         * Runs on the window's executors and shows the task in the status bar while it runs. With
         * {@link Background#direct()} (view-model tests) the work and its handlers run at once on this thread.
         */
        public void run(Background background) {
            if (background.isDirect()) {
                runDirect();
                return;
            }
            Task<T> task = build();
            background.track(task);
            execute(task, cpu ? background.cpu() : background.io());
        }

        private void runDirect() {
            ProgressRelay relay = progress != null ? progress : new ProgressRelay();
            try {
                T value = progressWork != null ? progressWork.call(relay) : work.call();
                onSuccess.accept(value);
            } catch (Exception error) {
                for (ErrorHandler<?> handler : onError) {
                    if (handler.handle(error)) {
                        break;
                    }
                }
            } finally {
                andFinally.run();
            }
        }

        /** Runs on the given executor, not shown in the status bar (short work a view waits for). */
        public Task<T> run(Executor executor) {
            Task<T> task = build();
            execute(task, executor);
            return task;
        }

        // A plain runnable, so the executor does not report a failure the task already handed to onError.
        private static void execute(Task<?> task, Executor executor) {
            try {
                executor.execute(task::run);
            } catch (RejectedExecutionException e) {
                if (!(executor instanceof ExecutorService shut && shut.isShutdown())) {
                    throw e;
                }
                // the window is closing and its executors are shut: a search typed a moment ago has nowhere to run
                LOG.debug("Not started, the executors are shut down: {}", e.getMessage());
                task.cancel();
            }
        }
    }
}
