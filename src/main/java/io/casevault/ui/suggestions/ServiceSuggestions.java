package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionService;

import java.util.List;
import java.util.Objects;

/** The suggestion service as the suggestion views use it: a case's or one exhibit's suggestions, and the decisions. */
public final class ServiceSuggestions implements SuggestionsViewModel.Source {
    private final SuggestionService service;

    public ServiceSuggestions(SuggestionService service) {
        this.service = Objects.requireNonNull(service);
    }

    @Override
    public List<Suggestion> review(long caseId) {
        return service.review(caseId);
    }

    /** One exhibit's open suggestions, then its accepted ones. */
    public List<Suggestion> ofExhibit(long evidenceId) {
        return service.ofExhibit(evidenceId);
    }

    @Override
    public Suggestion accept(long id) {
        return service.accept(id);
    }

    @Override
    public Suggestion dismiss(long id) {
        return service.dismiss(id);
    }

    @Override
    public Suggestion undo(long id) {
        return service.undo(id);
    }

    @Override
    public SuggestionService.AcceptedAll acceptAll(long caseId) {
        return service.acceptAll(caseId);
    }

    @Override
    public int undoAll(List<Long> ids) {
        return service.undoAll(ids);
    }
}
