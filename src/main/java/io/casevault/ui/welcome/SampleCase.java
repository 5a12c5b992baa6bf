package io.casevault.ui.welcome;

import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.common.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A made-up case, marked as a sample, so that a new user sees what a useful case looks like: a payment that failed but
 * was charged twice, its two transactions, and a logged call to the hotline with a follow-up due.
 */
public final class SampleCase {
    private SampleCase() {
    }

    /** Where the sample is written: the case, transaction and follow-up services. */
    public interface Store {
        Case create(NewCase draft);

        void add(NewTransaction transaction);

        void add(NewFollowUp followUp);
    }

    /** Creates the sample in the user's language; runs off the FX thread. */
    static Case create(Store s, Texts texts, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate incident = today.minusDays(12);
        Money amount = Money.parse("1280.00", "CNY");
        Case c = s.create(new NewCase(texts.text("welcome.sample.title"), texts.text("welcome.sample.provider"),
                "6222020200112233", Category.PAYMENT_FAILED_CHARGED, texts.text("welcome.sample.facts"), amount,
                List.of(texts.text("welcome.sample.demand1"), texts.text("welcome.sample.demand2")),
                IncidentDate.exact(incident), today, 30, List.of(texts.text("welcome.sample.tag")), true));
        ZonedDateTime first = ZonedDateTime.of(incident, LocalTime.of(20, 14), zone);
        String merchant = texts.text("welcome.sample.merchant");
        s.add(new NewTransaction(c.id(), first.toInstant(), zone, amount, Direction.OUT, merchant,
                "2026SAMPLE0001", "ORD-SAMPLE-1", texts.text("welcome.sample.method"),
                texts.text("welcome.sample.statusFailed"), texts.text("welcome.sample.note1"), TransactionSource.MANUAL));
        s.add(new NewTransaction(c.id(), first.plusMinutes(3).toInstant(), zone, amount,
                Direction.OUT, merchant, "2026SAMPLE0002", "ORD-SAMPLE-1", texts.text("welcome.sample.method"),
                texts.text("welcome.sample.statusPaid"), texts.text("welcome.sample.note2"), TransactionSource.MANUAL));
        ZonedDateTime call = ZonedDateTime.of(incident.plusDays(2), LocalTime.of(10, 30), zone);
        s.add(new NewFollowUp(c.id(), call.toInstant(), zone, Channel.HOTLINE,
                ContactDirection.OUTGOING, texts.text("welcome.sample.contact"), "SAMPLE-0001",
                texts.text("welcome.sample.callSummary"), texts.text("welcome.sample.callOutcome"), today.plusDays(3)));
        return c;
    }
}
