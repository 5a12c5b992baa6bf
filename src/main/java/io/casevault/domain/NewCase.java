package io.casevault.domain;

import java.time.LocalDate;
import java.util.List;

/** What a user provides to open a case; validated here so that every entry point rejects the same input. */
public record NewCase(String title, String provider, String accountRef, Category category, String facts, Money amount,
                      List<String> demands, IncidentDate incident, LocalDate openedOn, Integer windowDays,
                      List<String> tags, boolean sample) {

    public static final int MAX_WINDOW_DAYS = 3650;

    public NewCase {
        title = Checks.required(title, "Title");
        provider = Checks.required(provider, "Provider");
        accountRef = Checks.optional(accountRef);
        category = category == null ? Category.OTHER : category;
        facts = Checks.orEmpty(facts);
        demands = cleanList(demands);
        openedOn = Checks.notNull(openedOn, "Opened date");
        if (windowDays != null && (windowDays < 1 || windowDays > MAX_WINDOW_DAYS)) {
            throw new DomainException(Reason.of("case.window", "Complaint window must be between 1 and "
                    + MAX_WINDOW_DAYS + " days, not " + windowDays + ".", MAX_WINDOW_DAYS, windowDays));
        }
        if (amount != null && amount.amount().signum() < 0) {
            throw new DomainException(Reason.of("case.amountNegative", "Amount in dispute must not be negative."));
        }
        tags = cleanList(tags);
    }

    static List<String> cleanList(List<String> items) {
        return items == null ? List.of() : items.stream().map(Checks::optional).filter(s -> s != null).distinct()
                .toList();
    }
}
