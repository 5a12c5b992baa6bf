package io.casevault.app;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The case list's search: which cases mention a text in their transactions and in their screenshots' text. The two
 * indexes are asked at the same time, on two connections (the vault's readers do not wait for each other), so the
 * answer takes as long as the slower of the two rather than both one after the other.
 */
public final class CaseSearch {
    /** Per case id, how many of its transactions and of its screenshots match. */
    public record Matches(Map<Long, Integer> transactions, Map<Long, Integer> screenshots) {
        public Matches {
            transactions = Map.copyOf(transactions);
            screenshots = Map.copyOf(screenshots);
        }
    }

    private final TransactionService transactions;
    private final RecognitionService recognition;
    private final Executor beside;

    /** Threads that wait parked between searches (a fork-join pool's spin before parking would take a core). */
    private static final Executor SEARCHERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "case-search");
        t.setDaemon(true);
        return t;
    });

    CaseSearch(TransactionService transactions, RecognitionService recognition) {
        this(transactions, recognition, SEARCHERS);
    }

    CaseSearch(TransactionService transactions, RecognitionService recognition, Executor beside) {
        this.transactions = Objects.requireNonNull(transactions);
        this.recognition = Objects.requireNonNull(recognition);
        this.beside = Objects.requireNonNull(beside);
    }

    /**
     * Has the texts searched read into memory in the background and kept from now on, so the searches that follow scan
     * them there rather than ask the database's indexes (see {@code KeptSearchTexts}); the window calls it as the user
     * types in its search field. Returns at once.
     */
    public void prepare() {
        transactions.keepSearchTexts();
        recognition.keepSearchTexts();
    }

    /**
     * The cases that mention {@code text}: the screenshots searched on another thread while this one searches the
     * transactions.
     */
    public Matches casesMatching(String text) {
        Objects.requireNonNull(text);
        if (text.isBlank()) {
            return new Matches(Map.of(), Map.of());
        }
        CompletableFuture<Map<Long, Integer>> screenshots =
                CompletableFuture.supplyAsync(() -> recognition.casesMatching(text), beside);
        Map<Long, Integer> found;
        try {
            found = transactions.casesMatching(text);
        } catch (RuntimeException e) {
            screenshots.cancel(false);
            throw e;
        }
        try {
            return new Matches(found, screenshots.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
