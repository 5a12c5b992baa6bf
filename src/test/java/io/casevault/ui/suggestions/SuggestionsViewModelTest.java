package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviewing a case's suggestions over a fake service, without the toolkit. */
class SuggestionsViewModelTest {
    private final FakeSuggestions service = new FakeSuggestions();
    private int changes;

    private SuggestionsViewModel model(Locale locale) {
        SuggestionsViewModel model = new SuggestionsViewModel(service, Texts.of(locale), Background.direct(), 7,
                () -> changes++);
        model.load();
        return model;
    }

    @Test
    void eachSuggestionSaysWhatAcceptingItDoesInTheWindowsLanguage() {
        SuggestionsViewModel english = model(Locale.ENGLISH);
        assertThat(english.suggestions()).extracting(english::describe).containsExactly(
                "E-1  Caption: 交易成功 · -1,250.00 · 张三 · 2026-11-03 14:30  (87 %)",
                "E-1  Date by what it shows: 2026-11-03 14:30:12 (Asia/Shanghai)  (93 %)",
                "E-1  Cover the mobile number  (92 %)",
                "E-1  Link to transaction 12: its number 20261103200040011100450012345678 is shown"
                        + "  (found by CaseVault, applied)");
        SuggestionsViewModel chinese = model(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.describe(chinese.suggestions().get(2))).isEqualTo("E-1  遮盖手机号码（92%）");
    }

    @Test
    void acceptingOrDismissingOneReadsTheListAgainAndTellsTheCase() {
        SuggestionsViewModel model = model(Locale.ENGLISH);
        Suggestion caption = model.suggestions().get(0);
        model.accept(caption);
        model.dismiss(model.suggestions().get(0));

        assertThat(service.decided).containsExactly("accepted 1", "dismissed 2");
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(3L, 4L);
        assertThat(model.status().get()).isEqualTo("Dismissed for E-1; it will not be offered again.");
        assertThat(changes).isEqualTo(2);
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void aLinkCaseVaultMadeCanBeUndone() {
        SuggestionsViewModel model = model(Locale.ENGLISH);
        Suggestion link = model.suggestions().get(3);
        assertThat(SuggestionsViewModel.applied(link)).isTrue();
        assertThat(SuggestionsViewModel.applied(model.suggestions().get(0))).isFalse();
        model.undo(link);
        assertThat(service.decided).containsExactly("undone 4");
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(1L, 2L, 3L);
        assertThat(model.status().get()).isEqualTo("Undone for E-1; CaseVault will not make it again.");
    }

    @Test
    void acceptingAllLeavesOnlyWhatCaseVaultAppliedAndSaysHowMany() {
        SuggestionsViewModel model = model(Locale.ENGLISH);
        model.acceptAll();
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(4L);
        assertThat(model.status().get()).isEqualTo("3 suggestions were accepted.");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void whatAcceptAllAppliedIsUndoneInOneStep() {
        SuggestionsViewModel model = model(Locale.ENGLISH);
        assertThat(model.lastAccepted()).isEmpty();
        model.acceptAll();
        assertThat(model.lastAccepted()).containsExactly(1L, 2L, 3L);

        model.undoAll();
        assertThat(model.lastAccepted()).isEmpty();
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(service.decided).endsWith("undone 1", "undone 2", "undone 3");
        assertThat(model.status().get())
                .isEqualTo("3 suggestions were undone; they wait for your decision again.");
        assertThat(changes).isEqualTo(2);
    }

    @Test
    void aDecisionThatFailsSaysWhyAndChangesNothing() {
        SuggestionsViewModel model = model(Locale.ENGLISH);
        Suggestion caption = model.suggestions().get(0);
        service.open.remove(0); // decided elsewhere meanwhile
        model.accept(caption);
        assertThat(model.status().get()).isEqualTo("Suggestion 1 was accepted or dismissed already.");
        assertThat(changes).isZero();
    }

    @Test
    void aCaseWithNothingToSuggestSaysSo() {
        SuggestionsViewModel model = new SuggestionsViewModel(service, Texts.of(Locale.ENGLISH), Background.direct(),
                8, () -> changes++);
        model.load();
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.status().get()).startsWith("Nothing to suggest");
    }
}
