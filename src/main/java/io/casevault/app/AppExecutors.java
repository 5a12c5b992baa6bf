package io.casevault.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application-wide executors, made once per process and shut down on exit: {@link #io()} for work that mostly
 * waits on the disk or the database (loading a view, importing, exporting, backups), {@link #cpu()} for work that keeps
 * a core busy (decoding images, thumbnails, recognising text, preparing dossier pages). Threads are named daemons and
 * every failure is reported rather than lost. Services take the executor they need; nobody builds a pool per call.
 */
public final class AppExecutors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppExecutors.class);

    private final ExecutorService io;
    private final ExecutorService cpu;
    private final ExecutorService ahead;

    private AppExecutors(int ioThreads, int cpuThreads) {
        this.io = create("casevault-io", ioThreads);
        this.cpu = create("casevault-cpu", cpuThreads);
        this.ahead = create("casevault-ahead", 1);
    }

    /**
     * Sized for this machine: one CPU thread per core, and two I/O threads per core (at least 4, at most 8) — as many
     * as evidence import used to start per call, since its copies spend most of their time waiting for fsync.
     */
    public static AppExecutors forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new AppExecutors(Math.max(4, Math.min(8, 2 * cores)), Math.max(1, cores));
    }

    /** Explicit sizes, for tests and benchmarks. */
    public static AppExecutors of(int ioThreads, int cpuThreads) {
        if (ioThreads < 1 || cpuThreads < 1) {
            throw new IllegalArgumentException("An executor needs at least one thread");
        }
        return new AppExecutors(ioThreads, cpuThreads);
    }

    public ExecutorService io() {
        return io;
    }

    public ExecutorService cpu() {
        return cpu;
    }

    /**
     * One thread for work done ahead, on the chance it is needed (a case's rows read before its other tabs are
     * opened, the texts a search scans read before the next search): it never holds up the user's own work by taking a
     * thread of {@link #io()}, and never uses more than one core.
     */
    public ExecutorService ahead() {
        return ahead;
    }

    /** How many tasks the CPU executor runs at once: how far CPU-bound work should split itself. */
    public int cpuParallelism() {
        return ((ThreadPoolExecutor) cpu).getMaximumPoolSize();
    }

    /** How many tasks the I/O executor runs at once. */
    public int ioParallelism() {
        return ((ThreadPoolExecutor) io).getMaximumPoolSize();
    }

    /** Stops the executors: running work is interrupted, queued work dropped (the app is quitting). */
    @Override
    public void close() {
        io.shutdownNow();
        cpu.shutdownNow();
        ahead.shutdownNow();
    }

    private static ExecutorService create(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(AppExecutors::uncaught);
            return t;
        };
        return new LoggingExecutor(threads, factory);
    }

    /**
     * Hands a failure to the application's handler of uncaught errors (in the window it logs and shows it), or logs
     * it when there is none (the command line, tests).
     */
    private static void uncaught(Thread thread, Throwable e) {
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(thread, e);
        } else {
            LOG.error("Uncaught failure in {}", thread.getName(), e);
        }
    }

    /**
     * Reports failures of work handed over with {@code submit} and never waited on. Work whose caller handles its own
     * failure uses {@code execute} with a runnable that catches, or {@code CompletableFuture.supplyAsync(work, executor)}
     * (neither reaches this check); the UI's {@code Tasks} runs a JavaFX task inside a plain runnable for this reason.
     */
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
            if (t == null && r instanceof Future<?> f && f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    uncaught(Thread.currentThread(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
