package io.casevault.ui.error;

import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The error dialog's words, without the toolkit. */
class ErrorViewModelTest {
    private static final Path LOGS = Path.of("/home/someone/.local/state/casevault/logs");

    @Test
    void theMessageNamesTheFailureAndTheLogFolder() {
        ErrorViewModel model = new ErrorViewModel(Texts.of(Locale.ENGLISH), LOGS, "the ledger broke", "trace 1");

        assertThat(model.message().get()).startsWith("the ledger broke").contains(LOGS.toString())
                .doesNotContain("more error");
        assertThat(model.details().get()).isEqualTo("trace 1");
    }

    @Test
    void furtherErrorsAreCountedAndTheirReportsKept() {
        ErrorViewModel model = new ErrorViewModel(Texts.of(Locale.ENGLISH), LOGS, "first", "trace 1");
        model.add("trace 2");
        model.add("trace 3");

        assertThat(model.message().get()).startsWith("first").contains("2 more errors");
        assertThat(model.details().get()).contains("trace 1", "trace 2", "trace 3");
        assertThat(model.details().get().indexOf("trace 2")).isLessThan(model.details().get().indexOf("trace 3"));
    }

    @Test
    void speaksChinese() {
        ErrorViewModel model = new ErrorViewModel(Texts.of(Locale.SIMPLIFIED_CHINESE), LOGS, "坏了", "trace");
        model.add("again");

        assertThat(model.message().get()).startsWith("坏了").contains("此后又发生了 1 个错误");
    }
}
