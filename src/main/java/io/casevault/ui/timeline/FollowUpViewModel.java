package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up dialog's fields, starting at now, the exhibits that can be linked, and what is wrong when Save is
 * pressed too early. {@link #submit} gives the checked {@link FollowUpForm}; the timeline saves it.
 */
public final class FollowUpViewModel {
    private final Texts texts;
    private final Clock clock;
    private final long caseId;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.HOTLINE);
    private final ObjectProperty<ContactDirection> direction = new SimpleObjectProperty<>(ContactDirection.OUTGOING);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty ticket = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> next = new SimpleObjectProperty<>();
    private final ObservableList<Evidence> exhibits;
    private final ObservableList<Evidence> linked = FXCollections.observableArrayList();
    private final StringProperty problems = new SimpleStringProperty("");

    /** {@code clock} is in the window's zone: the contact starts at its "now". */
    public FollowUpViewModel(Texts texts, Clock clock, long caseId, List<Evidence> exhibits) {
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        this.caseId = caseId;
        this.exhibits = FXCollections.observableArrayList(exhibits);
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(now.toLocalDate());
        time.set(now.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** The form as filled in, checked: empty and {@link #problems()} says why when it cannot be saved yet. */
    public Optional<FollowUpForm> submit() {
        FollowUpForm form = form();
        List<String> wrong = form.problems(clock.instant(), clock.getZone());
        problems.set(wrong.stream().map(texts::text).collect(Collectors.joining("\n")));
        return wrong.isEmpty() ? Optional.of(form) : Optional.empty();
    }

    FollowUpForm form() {
        return new FollowUpForm(caseId, channel.get(), direction.get(), date.get(), time.get(), contact.get(),
                ticket.get(), summary.get(), outcome.get(), next.get(), linked.stream().map(Evidence::id).toList());
    }

    public ObjectProperty<Channel> channel() {
        return channel;
    }

    public ObjectProperty<ContactDirection> direction() {
        return direction;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty time() {
        return time;
    }

    public StringProperty contact() {
        return contact;
    }

    public StringProperty ticket() {
        return ticket;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty outcome() {
        return outcome;
    }

    public ObjectProperty<LocalDate> next() {
        return next;
    }

    /** The case's exhibits, to link to the contact. */
    public ObservableList<Evidence> exhibits() {
        return exhibits;
    }

    /** The exhibits the user ticked. */
    public ObservableList<Evidence> linked() {
        return linked;
    }

    /** One sentence per problem, one per line; empty while there is none to show. */
    public StringProperty problems() {
        return problems;
    }
}
