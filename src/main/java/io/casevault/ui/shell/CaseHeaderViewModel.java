package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.ui.common.Formats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * The header above the selected case's tabs: title, sample mark, provider, status, amount, the deadline badge and the
 * next response or follow-up due. Follows the case list's selection; holds no controls.
 */
public final class CaseHeaderViewModel {
    private final CaseListViewModel cases;
    private final Formats formats;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty sample = new SimpleBooleanProperty();
    private final StringProperty provider = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty daysLeft = new SimpleStringProperty("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty badgeStyle = new SimpleStringProperty("badge-neutral");
    private final StringProperty nextDue = new SimpleStringProperty("");
    private final BooleanProperty nextDueOverdue = new SimpleBooleanProperty();

    public CaseHeaderViewModel(CaseListViewModel cases, Formats formats) {
        this.cases = Objects.requireNonNull(cases);
        this.formats = Objects.requireNonNull(formats);
        cases.selectedId().addListener((o, old, id) -> cases.selected().ifPresent(this::show));
        cases.revision().addListener((o, old, now) -> cases.selected().ifPresent(this::show));
    }

    private void show(CaseSummary s) {
        Case c = s.theCase();
        title.set(c.title());
        sample.set(c.sample());
        provider.set(c.provider());
        status.set(formats.status(c.status()));
        amount.set(c.amount() == null ? "" : formats.money(c.amount()));
        open.set(!c.status().isClosed());
        daysLeft.set(c.status().isClosed() ? "" : formats.daysLeft(s.daysLeft()));
        badgeStyle.set(badgeStyle(s));
        Optional<CaseListViewModel.DueLine> due = cases.dueLine(s);
        nextDue.set(due.map(CaseListViewModel.DueLine::text).orElse(""));
        nextDueOverdue.set(due.map(CaseListViewModel.DueLine::overdue).orElse(false));
    }

    /** The badge's colour: red when overdue or due today, amber within a week, green otherwise, grey when closed. */
    static String badgeStyle(CaseSummary s) {
        Long days = s.daysLeft();
        if (s.theCase().status().isClosed() || days == null) {
            return "badge-neutral";
        }
        if (days < 0) {
            return "badge-overdue";
        }
        return days == 0 ? "badge-today" : days <= 7 ? "badge-soon" : "badge-ok";
    }

    /** The selected case's id, if one is selected. */
    public Optional<Long> caseId() {
        return cases.selected().map(s -> s.theCase().id());
    }

    public ReadOnlyStringProperty title() {
        return title;
    }

    public ReadOnlyBooleanProperty sample() {
        return sample;
    }

    public ReadOnlyStringProperty provider() {
        return provider;
    }

    public ReadOnlyStringProperty status() {
        return status;
    }

    public ReadOnlyStringProperty amount() {
        return amount;
    }

    /** "12 days left", empty for a closed case. */
    public ReadOnlyStringProperty daysLeft() {
        return daysLeft;
    }

    /** False for a closed case: it has no deadline badge. */
    public ReadOnlyBooleanProperty open() {
        return open;
    }

    public ReadOnlyStringProperty badgeStyle() {
        return badgeStyle;
    }

    public ReadOnlyStringProperty nextDue() {
        return nextDue;
    }

    public ReadOnlyBooleanProperty nextDueOverdue() {
        return nextDueOverdue;
    }
}
