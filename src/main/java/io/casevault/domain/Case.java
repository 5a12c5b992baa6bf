package io.casevault.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** A complaint about a payment service, with everything needed to compute its deadline. */
public record Case(long id, String title, String provider, String accountRef, Category category, String facts,
                   Money amount, List<String> demands, CaseStatus status, IncidentDate incident, LocalDate openedOn,
                   Integer windowDays, List<String> tags, Instant createdAt, Instant trashedAt, boolean sample) {

    public Case {
        Checks.positiveId(id, "Case id");
        title = Checks.required(title, "Title");
        provider = Checks.required(provider, "Provider");
        Checks.notNull(category, "Category");
        facts = Checks.orEmpty(facts);
        demands = List.copyOf(demands);
        Checks.notNull(status, "Status");
        Checks.notNull(openedOn, "Opened date");
        tags = List.copyOf(tags);
        Checks.notNull(createdAt, "Created time");
    }

    /** The last day to complain: incident date + complaint window, when both are known. */
    public Optional<LocalDate> deadline() {
        if (incident == null || windowDays == null) {
            return Optional.empty();
        }
        return Optional.of(incident.earliest().plusDays(windowDays));
    }

    /** Days from {@code today} to the deadline; negative when overdue. */
    public Optional<Long> daysLeft(LocalDate today) {
        return deadline().map(d -> ChronoUnit.DAYS.between(today, d));
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    /** The account reference with all but the last four characters hidden, e.g. {@code ****6789}. */
    public String maskedAccountRef() {
        return AccountMask.mask(accountRef);
    }
}
