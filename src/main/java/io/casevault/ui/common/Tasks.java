package io.casevault.ui.common;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * A small fluent helper over {@link Task} (after Cryptomator's): work runs on the background executor, the result or
 * the error comes back on the FX thread, and failures are logged, never swallowed.
 *
 * <pre>{@code Tasks.create(() -> service.load(id)).onSuccess(view::show).onError(notifier::error).run(executor);}</pre>
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private Tasks() {
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

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Builds one background task. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = r -> {
        };
        private Consumer<Throwable> onError = e -> {
        };
        private String title = "";

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> title(String title) {
            this.title = title;
            return this;
        }

        public Builder<T> onSuccess(Consumer<T> consumer) {
            this.onSuccess = consumer;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> consumer) {
            this.onError = consumer;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new NamedTask<>(title, work);
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> {
                LOG.warn("Background task '{}' failed", title, task.getException());
                onError.accept(task.getException());
            });
            return task;
        }

        /** Runs on the context's background executor and shows the task in the status bar while it runs. */
        public Task<T> run(UiContext ctx) {
            Task<T> task = build();
            ctx.work().track(task);
            ctx.background().execute(task);
            return task;
        }

        public Task<T> run(ExecutorService executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }
}
