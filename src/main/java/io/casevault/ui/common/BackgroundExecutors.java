package io.casevault.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The application-wide executors: named daemon threads, and every failure logged rather than lost. */
public final class BackgroundExecutors {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutors.class);

    private BackgroundExecutors() {
    }

    public static ExecutorService create(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure in {}", thread.getName(), e));
            return t;
        };
        return new LoggingExecutor(threads, factory);
    }

    /** Logs failures of plain runnables; a {@link javafx.concurrent.Task} reports its own through {@link Tasks}. */
    private static final class LoggingExecutor extends ThreadPoolExecutor {
        LoggingExecutor(int threads, ThreadFactory factory) {
            super(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
            allowCoreThreadTimeOut(true);
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            super.afterExecute(r, t);
            if (t != null) {
                LOG.error("Background work failed", t);
            } else if (r instanceof Future<?> f && !(r instanceof javafx.concurrent.Task<?>) && f.isDone()
                    && !f.isCancelled()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.error("Background work failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
