package io.casevault.ui.guidance;

import io.casevault.app.CaseGuidance;
import io.casevault.app.ExportOptions;
import io.casevault.app.GuidanceTexts;
import io.casevault.app.VaultSession;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's guidance worded in each language, and the start-up notice, without the toolkit. */
class GuidanceSummaryTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path tmp;

    private CaseGuidance guidance(VaultSession session) {
        long id = session.cases().create(new NewCase("卡被冻结", "WeChat Pay", null, null, null, null, List.of(),
                IncidentDate.exact(LocalDate.of(2026, 11, 20)), TODAY, 10, List.of(), false)).id();
        session.followUps().add(new NewFollowUp(id, Instant.parse("2026-11-24T02:00:00Z"), ZONE, Channel.HOTLINE,
                ContactDirection.OUTGOING, null, "A-1", "客服", null, LocalDate.of(2026, 11, 25)));
        return session.guidance().guidance(id, TODAY);
    }

    @Test
    void chineseAndEnglishWordTheSameGuidance() {
        try (VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse(
                "2026-11-25T02:00:00Z"), ZONE))) {
            CaseGuidance g = guidance(session);
            GuidanceSummary zh = GuidanceSummary.of(g, GuidanceTexts.of(ExportOptions.Language.ZH),
                    new Formats(Bundles.load(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, ZONE), "已完成");
            GuidanceSummary en = GuidanceSummary.of(g, GuidanceTexts.of(ExportOptions.Language.EN),
                    new Formats(Bundles.load(Locale.ENGLISH), Locale.ENGLISH, ZONE), "done");
            assertThat(en.steps().get(0).step()).isEqualTo("Follow up with a reminder");
            assertThat(zh.steps().get(0).step()).isEqualTo("再次催促");
            assertThat(zh.steps().get(0).reason()).isEqualTo("您计划在 2026-11-25 前通过客服热线跟进。");
            assertThat(en.checks()).extracting(GuidanceSummary.CheckRow::item, GuidanceSummary.CheckRow::done)
                    .contains(org.assertj.core.groups.Tuple.tuple(Readiness.Item.REFERENCE, true),
                            org.assertj.core.groups.Tuple.tuple(Readiness.Item.AMOUNT, false));
            assertThat(en.doneCount()).isEqualTo(3);
            assertThat(en.deadlines()).extracting(GuidanceSummary.DeadlineRow::badgeStyle)
                    .containsExactly("badge-today", "badge-soon", "badge-soon");
            assertThat(zh.deadlines().get(2).label()).isEqualTo("通过客服热线联系的答复期限（7 天）");
            assertThat(zh.deadlines().get(1).label()).isEqualTo("投诉期限届满（事发后 10 天）");
            assertThat(zh.strength()).isEqualTo("较弱");

            var notifier = new io.casevault.ui.UiFixture.RecordingNotifier();
            new DueNotice(session.guidance()::due, io.casevault.ui.common.Texts.of(Locale.ENGLISH),
                    new Formats(Bundles.load(Locale.ENGLISH), Locale.ENGLISH, ZONE),
                    io.casevault.ui.common.Background.direct(), notifier, Clock.fixed(Instant.parse(
                    "2026-11-25T02:00:00Z"), ZONE), ZONE).show();
            assertThat(notifier.messages).singleElement().extracting(m -> m.text())
                    .isEqualTo("卡被冻结: Follow-up planned: 客服 (Due today)");
        }
    }
}
