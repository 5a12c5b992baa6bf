package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.FollowUp;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Small builders for the guidance tests. */
final class GuidanceFixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    private GuidanceFixtures() {
    }

    static Case aCase(Category category, CaseStatus status, IncidentDate incident, Integer windowDays) {
        return new Case(1, "转账未到账", "Alipay", null, category, "facts", Money.parse("1250.00", "CNY"),
                List.of("退款"), status, incident, LocalDate.of(2026, 11, 1), windowDays, List.of(), CREATED, null,
                false);
    }

    static Case aCase() {
        return aCase(Category.FUNDS_NOT_RECEIVED, CaseStatus.SUBMITTED, IncidentDate.exact(LocalDate.of(2026, 11, 3)),
                30);
    }

    static FollowUp contact(long id, String localDateTime, Channel channel, ContactDirection direction) {
        return contact(id, localDateTime, channel, direction, null, null);
    }

    static FollowUp contact(long id, String localDateTime, Channel channel, ContactDirection direction, String ref,
                            LocalDate due) {
        Instant at = java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        return new FollowUp(id, 1, at, SHANGHAI, channel, direction, null, ref, "contact " + id, null, due, at, null);
    }

    static ClockRules catalogue() {
        return new ClockRules(List.of(
                new ClockPreset("support", List.of(Channel.HOTLINE, Channel.EMAIL), "any", 7, DayCount.CALENDAR,
                        "Support", "客服", "desc", "说明", "agreement", "协议", null, List.of(Channel.HOTLINE, Channel.EMAIL)),
                new ClockPreset("platform", List.of(Channel.COMPLAINT_PLATFORM), "CN", 7, DayCount.WORKING,
                        "12315", "12315", "desc", "说明", "rule", "规则", "https://example.org", List.of(
                        Channel.COMPLAINT_PLATFORM)),
                new ClockPreset("cfpb", List.of(Channel.REGULATOR), "US", 15, DayCount.CALENDAR, "CFPB", "CFPB",
                        "desc", "说明", "rule", "规则", "https://example.org", List.of())));
    }
}
