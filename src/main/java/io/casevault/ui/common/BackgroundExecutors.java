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

/** The application-wide executors: named daemon threads, and every failure reported rather than lost. */
public final class BackgroundExecutors {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutors.class);

    private BackgroundExecutors() {
    }

    public static ExecutorService create(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(BackgroundExecutors::uncaught);
            return t;
        };
        return new LoggingExecutor(threads, factory);
    }

    /**
     * Hands a failure to the application's handler of uncaught errors (which logs it and shows it, see
     * {@code ErrorReporter}), or logs it when there is none (the command line, tests).
     */
    private static void uncaught(Thread thread, Throwable e) {
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(thread, e);
        } else {
            LOG.error("Uncaught failure in {}", thread.getName(), e);
        }
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
            // A failure thrown out of run() reaches the thread's handler by itself; a submitted one is caught in its
            // Future and must be fetched from it.
            if (t == null && r instanceof Future<?> f && !(r instanceof javafx.concurrent.Task<?>) && f.isDone()
                    && !f.isCancelled()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    uncaught(Thread.currentThread(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
