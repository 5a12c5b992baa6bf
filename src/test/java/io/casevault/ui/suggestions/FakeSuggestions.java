package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionService;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.domain.understanding.SensitiveKind;
import io.casevault.domain.understanding.ShownTime;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The suggestion service for the view's tests: three open suggestions of case 7 and a link CaseVault made by itself,
 * decided in memory.
 */
final class FakeSuggestions implements SuggestionsViewModel.Source {
    final List<Suggestion> open = new ArrayList<>(List.of(
            suggestion(1, new Proposal.CaptionText("交易成功 · -1,250.00 · 张三 · 2026-11-03 14:30", 0.87)),
            suggestion(2, new Proposal.EventTime(new ShownTime(LocalDateTime.of(2026, 11, 3, 14, 30, 12),
                    ShownTime.Precision.SECOND), ZoneId.of("Asia/Shanghai"), 0.93)),
            suggestion(3, new Proposal.Cover(SensitiveKind.MOBILE, new Redaction(200, 690, 180, 36), 0.92))));
    final List<Suggestion> applied = new ArrayList<>(List.of(new Suggestion(4, 7, 40, "E-1", new Proposal.Link(12,
            Proposal.LinkRule.REFERENCE, "20261103200040011100450012345678", 0.91), Suggestion.State.ACCEPTED, true,
            null)));
    final List<String> decided = new ArrayList<>();
    private final List<Suggestion> acceptedAll = new ArrayList<>();

    private static Suggestion suggestion(long id, Proposal p) {
        return new Suggestion(id, 7, 40, "E-1", p, Suggestion.State.OPEN, false, null);
    }

    @Override
    public List<Suggestion> review(long caseId) {
        List<Suggestion> all = new ArrayList<>(open);
        all.addAll(applied);
        return caseId == 7 ? all : List.of();
    }

    @Override
    public Suggestion undo(long id) {
        Suggestion s = applied.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        applied.remove(s);
        decided.add("undone " + id);
        return s;
    }

    @Override
    public Suggestion accept(long id) {
        return decide(id, "accepted");
    }

    @Override
    public Suggestion dismiss(long id) {
        return decide(id, "dismissed");
    }

    private Suggestion decide(long id, String how) {
        Suggestion s = open.stream().filter(x -> x.id() == id).findFirst().orElseThrow(() -> new DomainException(
                Reason.of("suggestion.decided", "Suggestion " + id + " was accepted or dismissed already.", id)));
        open.remove(s);
        decided.add(how + " " + id);
        return s;
    }

    @Override
    public SuggestionService.AcceptedAll acceptAll(long caseId) {
        List<Suggestion> accepted = new ArrayList<>(open);
        accepted.forEach(s -> accept(s.id()));
        acceptedAll.addAll(accepted);
        return new SuggestionService.AcceptedAll(accepted.stream().map(Suggestion::id).toList(), List.of());
    }

    @Override
    public int undoAll(List<Long> ids) {
        List<Suggestion> back = acceptedAll.stream().filter(s -> ids.contains(s.id())).toList();
        acceptedAll.removeAll(back);
        open.addAll(back);
        open.sort(java.util.Comparator.comparingLong(Suggestion::id));
        back.forEach(s -> decided.add("undone " + s.id()));
        return back.size();
    }
}
