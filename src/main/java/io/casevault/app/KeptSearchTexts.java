package io.casevault.app;

import io.casevault.vault.Db;
import io.casevault.vault.SearchTexts;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The texts a search scans in memory ({@link SearchTexts}), read from the vault and kept while it is not written.
 * Nothing is read until {@link #keep} is called: the window calls it as the user types in its search field, so the
 * command line and a window nobody searches in never hold them. From then on a search either finds them current or
 * is answered by the database's indexes as before, while the texts are read again in the background: one reading at
 * a time, at most one every five seconds ({@link #READING_GAP_NANOS}). Texts read while the vault was written are
 * thrown away, so a search never answers from text older than the last write (a redaction box drawn, a transaction
 * trashed). A vault that keeps no rows (read-only while another process writes it) never keeps them either.
 */
final class KeptSearchTexts {
    private static final Logger LOG = LoggerFactory.getLogger(KeptSearchTexts.class);

    /**
     * The least time between the starts of two readings. While the vault is written every second or so (screenshots
     * being read, with a search in the field asked again after each), the texts would otherwise be read again and
     * again, each reading out of date at once: some 0.5 s of a core each for 100,000 transactions. Until then the
     * indexes answer, in a few tens of milliseconds.
     */
    static final long READING_GAP_NANOS = 5_000_000_000L;

    private record Kept(long mark, SearchTexts texts) {
    }

    private final Vault vault;
    private final Db.Work<SearchTexts> read;
    private final Executor reader;
    private volatile boolean wanted;
    private final AtomicReference<Kept> kept = new AtomicReference<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final LongSupplier nanoTime;
    /** When the last reading started ({@link #nanoTime}); none yet: {@link Long#MIN_VALUE}. */
    private volatile long lastReading = Long.MIN_VALUE;

    /**
     * @param reader where the texts are read: the executor for work done ahead ({@link AppExecutors#ahead()}), one
     *               thread, since the readings are rare and each reads a whole table
     */
    KeptSearchTexts(Vault vault, Db.Work<SearchTexts> read, Executor reader) {
        this(vault, read, reader, System::nanoTime);
    }

    KeptSearchTexts(Vault vault, Db.Work<SearchTexts> read, Executor reader, LongSupplier nanoTime) {
        this.vault = Objects.requireNonNull(vault);
        this.read = Objects.requireNonNull(read);
        this.reader = Objects.requireNonNull(reader);
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    /** From now on keeps the texts: reads them in the background unless they are current. */
    void keep() {
        wanted = true;
        current();
    }

    /**
     * Per case, how many items hold every word of {@code text}: counted in the texts when they are current, else by
     * {@code indexes} (the database's), while the texts are read again.
     */
    Map<Long, Integer> countEvery(String text, Db.Work<Map<Long, Integer>> indexes) {
        return current().map(t -> t.countEvery(text)).orElseGet(() -> vault.read(indexes));
    }

    /**
     * The texts, when they are kept and the vault was not written since they were read; else empty (search the
     * database), and they are read again in the background.
     */
    Optional<SearchTexts> current() {
        if (!wanted) {
            return Optional.empty();
        }
        long mark = vault.contentMark();
        Kept k = kept.get();
        if (k != null && mark >= 0 && k.mark() == mark) {
            return Optional.of(k.texts());
        }
        kept.compareAndSet(k, null); // out of date: not held any longer than needed (unless just read anew)
        if (mark >= 0) {
            readAgain();
        }
        return Optional.empty();
    }

    private void readAgain() {
        long now = nanoTime.getAsLong();
        if (lastReading != Long.MIN_VALUE && now - lastReading < READING_GAP_NANOS) {
            return; // read a moment ago: the next search after the gap reads again
        }
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        lastReading = now;
        try {
            reader.execute(this::readNow);
        } catch (RejectedExecutionException e) {
            reading.set(false);
        }
    }

    private void readNow() {
        try {
            long before = vault.contentMark();
            if (before < 0) {
                return; // a write is under way: the next search asks again
            }
            long start = System.nanoTime();
            SearchTexts texts = vault.read(read);
            if (vault.contentMark() == before) {
                kept.set(new Kept(before, texts));
            }
            LOG.debug("Read {} in {} ms", texts, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("Reading the texts to search failed; searches ask the database", e);
        } finally {
            reading.set(false);
        }
    }
}
