package io.casevault.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The task helper's contract, run in direct mode (no toolkit): what a view model's test relies on. */
class TasksTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void successHandsTheResultOverAndThenRunsFinally() {
        Tasks.create(() -> 42).onSuccess(v -> calls.add("success " + v)).onError(e -> calls.add("error"))
                .andFinally(() -> calls.add("finally")).run(Background.direct());

        assertThat(calls).containsExactly("success 42", "finally");
    }

    @Test
    void theFirstMatchingTypedHandlerTakesTheFailure() {
        Tasks.create(() -> {
                    throw new UncheckedIOException(new IOException("disk gone"));
                })
                .onError(IllegalStateException.class, e -> calls.add("state"))
                .onError(UncheckedIOException.class, e -> calls.add("io " + e.getCause().getMessage()))
                .onError(e -> calls.add("any"))
                .andFinally(() -> calls.add("finally"))
                .run(Background.direct());

        assertThat(calls).containsExactly("io disk gone", "finally");
    }

    @Test
    void aFailureNoTypedHandlerTakesReachesTheGeneralOne() {
        Tasks.create(() -> {
                    throw new IllegalArgumentException("row 12 has no amount");
                })
                .onError(UncheckedIOException.class, e -> calls.add("io"))
                .onError(e -> calls.add("any " + e.getMessage()))
                .run(Background.direct());

        assertThat(calls).containsExactly("any row 12 has no amount");
    }

    @Test
    void progressWorkIsHandedTheRelayItReportsTo() {
        ProgressRelay relay = new ProgressRelay();
        Tasks.create(progress -> {
            progress.update(3, 10, "E-3");
            return progress == relay;
        }).progress(relay).onSuccess(same -> calls.add("same relay " + same)).run(Background.direct());

        assertThat(calls).containsExactly("same relay true");
    }
}
