package io.casevault.ui.welcome;

import io.casevault.app.VaultSession;
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
import io.casevault.ui.common.UiContext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A made-up case, marked as a sample, so that a new user sees what a useful case looks like: a payment that failed but
 * was charged twice, its two transactions, and a logged call to the hotline with a follow-up due.
 */
final class SampleCase {
    private SampleCase() {
    }

    /** Creates the sample in the user's language through the app services; runs off the FX thread. */
    static Case create(UiContext ctx) {
        VaultSession s = ctx.session();
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        LocalDate incident = today.minusDays(12);
        Money amount = Money.parse("1280.00", "CNY");
        Case c = s.cases().create(new NewCase(ctx.text("welcome.sample.title"), ctx.text("welcome.sample.provider"),
                "6222020200112233", Category.PAYMENT_FAILED_CHARGED, ctx.text("welcome.sample.facts"), amount,
                List.of(ctx.text("welcome.sample.demand1"), ctx.text("welcome.sample.demand2")),
                IncidentDate.exact(incident), today, 30, List.of(ctx.text("welcome.sample.tag")), true));
        ZonedDateTime first = ZonedDateTime.of(incident, LocalTime.of(20, 14), ctx.zone());
        String merchant = ctx.text("welcome.sample.merchant");
        s.transactions().add(new NewTransaction(c.id(), first.toInstant(), ctx.zone(), amount, Direction.OUT, merchant,
                "2026SAMPLE0001", "ORD-SAMPLE-1", ctx.text("welcome.sample.method"),
                ctx.text("welcome.sample.statusFailed"), ctx.text("welcome.sample.note1"), TransactionSource.MANUAL));
        s.transactions().add(new NewTransaction(c.id(), first.plusMinutes(3).toInstant(), ctx.zone(), amount,
                Direction.OUT, merchant, "2026SAMPLE0002", "ORD-SAMPLE-1", ctx.text("welcome.sample.method"),
                ctx.text("welcome.sample.statusPaid"), ctx.text("welcome.sample.note2"), TransactionSource.MANUAL));
        ZonedDateTime call = ZonedDateTime.of(incident.plusDays(2), LocalTime.of(10, 30), ctx.zone());
        s.followUps().add(new NewFollowUp(c.id(), call.toInstant(), ctx.zone(), Channel.HOTLINE,
                ContactDirection.OUTGOING, ctx.text("welcome.sample.contact"), "SAMPLE-0001",
                ctx.text("welcome.sample.callSummary"), ctx.text("welcome.sample.callOutcome"), today.plusDays(3)));
        return c;
    }
}
