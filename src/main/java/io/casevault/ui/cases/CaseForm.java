package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.DomainException;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of the new-case and edit-case dialog as text and values, validated on every change: {@link #errors()}
 * maps a field name to the sentence shown under it, and {@link #valid()} enables OK. No controls here.
 */
public final class CaseForm {
    public static final String TITLE = "title";
    public static final String PROVIDER = "provider";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String INCIDENT = "incident";
    public static final String WINDOW = "window";
    public static final String FORM = "form";

    private final Function<String, String> text;
    private final LocalDate today;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty provider = new SimpleStringProperty("");
    private final StringProperty accountRef = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.FUNDS_NOT_RECEIVED);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("CNY");
    private final ObjectProperty<IncidentDate.Kind> incidentKind = new SimpleObjectProperty<>(IncidentDate.Kind.EXACT);
    private final ObjectProperty<LocalDate> incidentFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> incidentTo = new SimpleObjectProperty<>();
    private final StringProperty windowDays = new SimpleStringProperty("30");
    private final StringProperty facts = new SimpleStringProperty("");
    private final ObservableList<String> demands = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final StringProperty serviceError = new SimpleStringProperty("");
    private List<String> tags = List.of();
    private boolean sample;

    /** {@code text} gives the sentence for a bundle key; {@code today} bounds the incident date. */
    public CaseForm(Function<String, String> text, LocalDate today) {
        this.text = text;
        this.today = today;
        incidentFrom.set(today);
        Observable[] all = {title, provider, accountRef, category, amount, currency, incidentKind, incidentFrom,
            incidentTo, windowDays, facts, demands};
        for (Observable o : all) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** Fills the form from a case to edit it. */
    public void load(Case c) {
        title.set(c.title());
        provider.set(c.provider());
        accountRef.set(c.accountRef() == null ? "" : c.accountRef());
        category.set(c.category());
        amount.set(c.amount() == null ? "" : c.amount().amount().toPlainString());
        currency.set(c.amount() == null ? "CNY" : c.amount().currency().getCurrencyCode());
        incidentKind.set(c.incident() == null ? null : c.incident().kind());
        incidentFrom.set(c.incident() == null ? null : c.incident().from());
        incidentTo.set(c.incident() == null ? null : c.incident().to());
        windowDays.set(c.windowDays() == null ? "" : c.windowDays().toString());
        facts.set(c.facts());
        demands.setAll(c.demands());
        tags = c.tags();
        sample = c.sample();
        validate();
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (title.get() == null || title.get().isBlank()) {
            found.put(TITLE, text.apply("newcase.error.title"));
        }
        if (provider.get() == null || provider.get().isBlank()) {
            found.put(PROVIDER, text.apply("newcase.error.provider"));
        }
        validateMoney(found);
        validateIncident(found);
        validateWindow(found);
        if (found.isEmpty()) {
            try {
                toNewCase(today);
            } catch (DomainException e) {
                found.put(FORM, e.getMessage());
            }
        }
        errors.keySet().retainAll(found.keySet());
        errors.putAll(found);
        valid.set(found.isEmpty());
        serviceError.set("");
    }

    private void validateMoney(Map<String, String> found) {
        if (!isBlank(amount.get())) {
            try {
                if (Money.parseAmount(amount.get()).signum() < 0) {
                    found.put(AMOUNT, text.apply("newcase.error.amountNegative"));
                }
            } catch (DomainException e) {
                found.put(AMOUNT, text.apply("newcase.error.amount"));
            }
        }
        // A currency is checked even without an amount: a typo there would surface later, far from its cause.
        if (!isBlank(amount.get()) || !isBlank(currency.get())) {
            try {
                Money.parseCurrency(currency.get());
            } catch (DomainException e) {
                found.put(CURRENCY, text.apply("newcase.error.currency"));
            }
        }
    }

    private void validateIncident(Map<String, String> found) {
        IncidentDate.Kind kind = incidentKind.get();
        if (kind == null) {
            return;
        }
        if (incidentFrom.get() == null) {
            found.put(INCIDENT, text.apply("newcase.error.incidentMissing"));
        } else if (incidentFrom.get().isAfter(today)) {
            found.put(INCIDENT, text.apply("newcase.error.incidentFuture"));
        } else if (kind == IncidentDate.Kind.RANGE
                && (incidentTo.get() == null || incidentTo.get().isBefore(incidentFrom.get()))) {
            found.put(INCIDENT, text.apply("newcase.error.incidentRange"));
        }
    }

    private void validateWindow(Map<String, String> found) {
        if (isBlank(windowDays.get())) {
            return;
        }
        try {
            int days = Integer.parseInt(windowDays.get().strip());
            if (days < 1 || days > NewCase.MAX_WINDOW_DAYS) {
                found.put(WINDOW, text.apply("newcase.error.window"));
            }
        } catch (NumberFormatException e) {
            found.put(WINDOW, text.apply("newcase.error.window"));
        }
    }

    /** The case as entered; fails with the domain's sentence when a rule is broken. */
    public NewCase toNewCase(LocalDate openedOn) {
        Money money = isBlank(amount.get()) ? null : new Money(new BigDecimal(clean(amount.get())),
                Money.parseCurrency(currency.get()));
        IncidentDate incident = incidentKind.get() == null || incidentFrom.get() == null ? null
                : new IncidentDate(incidentKind.get(), incidentFrom.get(), incidentTo.get());
        Integer window = isBlank(windowDays.get()) ? null : Integer.valueOf(windowDays.get().strip());
        return new NewCase(title.get(), provider.get(), accountRef.get(), category.get(), facts.get(), money,
                List.copyOf(demands), incident, openedOn, window, tags, sample);
    }

    private static String clean(String amountText) {
        return Money.parseAmount(amountText).toPlainString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Adds a demand (trimmed, not twice); returns false when there was nothing to add. */
    public boolean addDemand(String demand) {
        if (isBlank(demand) || demands.contains(demand.strip())) {
            return false;
        }
        demands.add(demand.strip());
        return true;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty provider() {
        return provider;
    }

    public StringProperty accountRef() {
        return accountRef;
    }

    public ObjectProperty<Category> category() {
        return category;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty currency() {
        return currency;
    }

    public ObjectProperty<IncidentDate.Kind> incidentKind() {
        return incidentKind;
    }

    public ObjectProperty<LocalDate> incidentFrom() {
        return incidentFrom;
    }

    public ObjectProperty<LocalDate> incidentTo() {
        return incidentTo;
    }

    public StringProperty windowDays() {
        return windowDays;
    }

    public StringProperty facts() {
        return facts;
    }

    public ObservableList<String> demands() {
        return demands;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty valid() {
        return valid;
    }

    /** What the service said when saving failed; cleared by the next edit. */
    public StringProperty serviceError() {
        return serviceError;
    }
}
