package io.casevault.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import io.casevault.domain.guidance.Readiness;
import io.casevault.domain.Case;
import io.casevault.domain.FollowUp;

import io.casevault.domain.Transaction;
import java.util.Random;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import io.casevault.TestFiles;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.guidance.ClockPreset;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.NextStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidanceServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() throws Exception {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZONE));
        caseId = session.cases().create(new NewCase("转账未到账", "支付宝", "6222021234566789",
                Category.FUNDS_NOT_RECEIVED, "11月3日转账给张三，对方未收到。", Money.parse("1250.00", "CNY"),
                List.of("退款 1250 元", "书面解释"), IncidentDate.exact(LocalDate.of(2026, 11, 3)), TODAY, 30,
                List.of(), false)).id();
        session.transactions().add(new NewTransaction(caseId, at("2026-11-03T14:30"), ZONE,
                Money.parse("1250.00", "CNY"), Direction.OUT, "张三", "2026110322001456789", null, null, null, null,
                TransactionSource.MANUAL));
        session.evidence().add(caseId, List.of(TestFiles.png(tmp.resolve("transfer.png"), 60, 40, 1)),
                "转账成功页面", Progress.NONE);
        session.followUps().add(new NewFollowUp(caseId, at("2026-11-05T10:00"), ZONE, Channel.HOTLINE,
                ContactDirection.OUTGOING, null, "88231", "客服说三天内回复", null, LocalDate.of(2026, 11, 8)));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyBundledPresetNamesItsSourceAndTheCommonRulesAreThere() {
        List<ClockPreset> presets = session.guidance().presets().presets();
        assertThat(presets).allSatisfy(p -> {
            assertThat(p.sourceTitle()).isNotBlank();
            assertThat(p.descriptionEn()).isNotBlank();
            assertThat(p.descriptionZh()).isNotBlank();
        });
        assertThat(presets).extracting(ClockPreset::id, ClockPreset::days, ClockPreset::dayCount).contains(
                org.assertj.core.groups.Tuple.tuple("us-cfpb-response", 15, DayCount.CALENDAR),
                org.assertj.core.groups.Tuple.tuple("us-cfpb-final", 60, DayCount.CALENDAR),
                org.assertj.core.groups.Tuple.tuple("uk-fca-8-weeks", 56, DayCount.CALENDAR),
                org.assertj.core.groups.Tuple.tuple("uk-payment-15-business-days", 15, DayCount.WORKING),
                org.assertj.core.groups.Tuple.tuple("cn-12315-acceptance", 7, DayCount.WORKING));
        assertThat(presets.stream().filter(p -> p.dayCount() == DayCount.WORKING))
                .allSatisfy(p -> assertThat(p.descriptionEn()).contains("holidays"));
    }

    @Test
    void theHotlineCallStartedAClockThatIsOverdueAndTheLadderSaysWhy() {
        CaseGuidance g = session.guidance().guidance(caseId, TODAY);
        Deadline clock = g.deadlines().stream().filter(d -> d.kind() == Deadline.Kind.RESPONSE).findFirst()
                .orElseThrow();
        assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(clock.overdue(TODAY)).isTrue();
        assertThat(g.nextStep()).get().extracting(NextStep::step).isEqualTo(NextStep.Step.WRITTEN_COMPLAINT);
        assertThat(GuidanceTexts.of(ExportOptions.Language.EN).reason(g.nextStep().orElseThrow()))
                .isEqualTo("No answer to your contact via the hotline: the 7 days ended on 2026-11-12.");
        assertThat(g.checklist()).allMatch(io.casevault.domain.guidance.Readiness.Check::done);
        assertThat(session.guidance().due(TODAY)).extracting(i -> i.deadline().kind())
                .containsExactly(Deadline.Kind.FOLLOW_UP, Deadline.Kind.RESPONSE);
        assertThat(session.guidance().nextDeadlines()).containsKey(caseId);
    }

    @Test
    void aCaseOwnClockIsStoredAuditedAndUsed() throws Exception {
        List<ClockRule> rules = session.guidance().setRules(caseId,
                List.of(new ClockRule(Channel.HOTLINE, null, 10, DayCount.WORKING)));
        assertThat(rules).contains(new ClockRule(Channel.HOTLINE, null, 10, DayCount.WORKING));
        Deadline clock = session.guidance().guidance(caseId, TODAY).deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.RESPONSE).findFirst().orElseThrow();
        assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 11, 19));
        List<String> audit = auditDetails();
        assertThat(audit).anySatisfy(detail -> assertThat(detail).contains("responseClocks")
                .contains("HOTLINE: 10 working days"));
        // back to the default: nothing of the case's own is left
        session.guidance().setRules(caseId, List.of(session.guidance().presets().defaultRule(Channel.HOTLINE)));
        assertThat(session.guidance().guidance(caseId, TODAY).deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.RESPONSE).findFirst().orElseThrow().due())
                .isEqualTo(LocalDate.of(2026, 11, 12));
    }

    private List<String> auditDetails() throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + session.dir().resolve("casevault.db"));
             var rs = c.createStatement().executeQuery("SELECT detail FROM audit_log ORDER BY seq")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void anUnknownPresetIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> session.guidance().setRules(caseId,
                List.of(new ClockRule(Channel.HOTLINE, "no-such", 5, DayCount.CALENDAR))))
                .isInstanceOf(DomainException.class).hasMessageContaining("no-such");
        assertThat(session.guidance().rules(caseId)).contains(session.guidance().presets()
                .defaultRule(Channel.HOTLINE));
    }

    @Test
    void theEnglishLetterNamesEverythingTheProviderNeeds() {
        String letter = session.guidance().letter(caseId, ExportOptions.Language.EN, TODAY);
        assertThat(letter).startsWith("Subject: Formal complaint: 转账未到账\n\nTo: ")
                .contains("To: 支付宝, customer complaints department")
                .contains("Account: ************6789").doesNotContain("6222021234566789")
                .contains("I am writing to make a formal complaint about money that did not arrive.")
                .contains("The amount in dispute is 1250.00 CNY.")
                .contains("1. 2026-11-03 14:30  1250.00 CNY  paid out, to 张三, transaction ID 2026110322001456789")
                .contains("via the hotline, reference 88231: 客服说三天内回复")
                .contains("E-1  转账成功页面 (transfer.png)")
                .contains("1. 退款 1250 元").contains("2. 书面解释")
                .contains("Please reply to me in writing by 2026-12-09.")
                .contains("I reserve my rights");
    }

    @Test
    void theChineseLetterIsChineseThroughout() {
        String letter = session.guidance().letter(caseId, ExportOptions.Language.ZH, TODAY);
        assertThat(letter).startsWith("事由：关于“转账未到账”的正式投诉\n")
                .contains("致：支付宝 客户投诉部门").contains("本人就转账未到账一事向贵公司正式投诉。")
                .contains("争议金额为 1250.00 CNY。").contains("交易号 2026110322001456789")
                .contains("通过客服热线，工单号 88231：客服说三天内回复").contains("E-1  转账成功页面 (transfer.png)")
                .contains("请于 2026-12-09 前书面答复本人。").contains("《中华人民共和国消费者权益保护法》")
                .doesNotContain("Subject").doesNotContain("reply");
    }

    @Test
    void lettersAreWrittenAsTextWithCrlfOrAsPdfAndNothingElse() throws Exception {
        String text = session.guidance().letter(caseId, ExportOptions.Language.ZH, TODAY) + "补充：已截图。\n";
        Path txt = session.guidance().writeLetter(caseId, text, ExportOptions.Language.ZH, tmp.resolve("l.txt"));
        String written = Files.readString(txt, StandardCharsets.UTF_8);
        assertThat(written).contains("补充：已截图。\r\n").doesNotContain("。\n");
        Path pdf = session.guidance().writeLetter(caseId, text, ExportOptions.Language.ZH, tmp.resolve("l.pdf"));
        assertThat(PdfChecks.text(pdf)).contains("转账未到账").contains("补充：已截图").contains("E-1");
        assertThatThrownBy(() -> session.guidance().writeLetter(caseId, text, ExportOptions.Language.EN,
                tmp.resolve("l.docx"))).isInstanceOf(DomainException.class).hasMessageContaining("l.docx")
                .hasMessageContaining(".pdf or .txt");
        assertThatThrownBy(() -> session.guidance().writeLetter(caseId, text, ExportOptions.Language.EN,
                tmp.resolve("missing/l.pdf"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("does not exist");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"))
                    .doesNotContain("l.docx");
        }
    }

    @Test
    void theCalendarParsesBackWithEveryDeadline() throws Exception {
        session.followUps().add(new NewFollowUp(caseId, at("2026-11-20T09:00"), ZONE, Channel.COMPLAINT_PLATFORM,
                ContactDirection.OUTGOING, null, null, "12315 投诉; 已受理, 等待 \\ 回复\n第二行", null, null));
        Path ics = session.guidance().writeCalendar(caseId, ExportOptions.Language.EN, TODAY, tmp.resolve("c.ics"));
        IcsParser.Component cal = IcsParser.parse(Files.readAllBytes(ics));
        assertThat(cal.name()).isEqualTo("VCALENDAR");
        assertThat(cal.properties()).containsEntry("VERSION", "2.0").containsKey("PRODID");
        List<IcsParser.Component> events = cal.children();
        assertThat(events).hasSize(4).allSatisfy(e -> {
            assertThat(e.name()).isEqualTo("VEVENT");
            assertThat(e.properties()).containsKeys("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY");
            assertThat(e.properties().get("DTSTAMP")).isEqualTo("20261125T020000Z");
        });
        assertThat(events).extracting(e -> e.properties().get("UID")).doesNotHaveDuplicates();
        assertThat(events).extracting(e -> e.properties().get("DTSTART;VALUE=DATE"))
                .containsExactly("20261108", "20261112", "20261201", "20261203");
        IcsParser.Component platform = events.get(2);
        assertThat(platform.text("SUMMARY")).isEqualTo("Answer due (the complaint platform): 转账未到账");
        assertThat(platform.text("DESCRIPTION")).contains("Source: 《市场监督管理投诉举报处理暂行办法》");
        assertThat(events.get(3).text("SUMMARY")).isEqualTo("Complaint window ends: 转账未到账");
        assertThat(events.get(0).text("SUMMARY")).isEqualTo("Follow up: 客服说三天内回复");
    }

    @Test
    void foldingNeverSplitsACharacterAndEscapingRoundTrips() {
        String value = "投诉".repeat(60) + "; a,b\\c\nd";
        String folded = ICalendar.fold("SUMMARY:" + ICalendar.escape(value));
        byte[] bytes = ("BEGIN:X\r\n" + folded + "END:X\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(IcsParser.parse(bytes).text("SUMMARY")).isEqualTo(value);
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(4);
    }

    /**
     * The checklist and the strength come from counts and a total the vault makes, not from the rows: they equal what
     * the rows give, for seeded mixes of directions, currencies and trashed transactions, with the case's amount the
     * outgoing total exactly (backed) or a cent over it (not backed).
     */
    @ParameterizedTest
    @CsvSource({"1, 0.00", "2, 0.00", "3, 0.01", "4, 0.01"})
    void theCountedChecklistAndStrengthEqualThoseOfTheRows(long seed, String overTheTotal) {
        Random random = new Random(seed);
        List<NewTransaction> rows = new ArrayList<>();
        List<Boolean> trashed = new ArrayList<>();
        BigDecimal outgoing = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            Money money = Money.parse(random.nextInt(20_000) / 100 + "." + String.format("%02d", random.nextInt(100)),
                    random.nextInt(4) == 0 ? "USD" : "CNY");
            Direction direction = random.nextBoolean() ? Direction.OUT : Direction.IN;
            boolean trash = random.nextInt(5) == 0;
            if (!trash && direction == Direction.OUT && money.currency().getCurrencyCode().equals("CNY")) {
                outgoing = outgoing.add(money.amount());
            }
            rows.add(new NewTransaction(caseId, at("2026-11-03T14:30").plusSeconds(i), ZONE, money, direction,
                    "对方" + i, null, null, null, null, null, TransactionSource.MANUAL));
            trashed.add(trash);
        }
        long id = session.cases().create(new NewCase("金额核对", "支付宝", null, Category.FUNDS_NOT_RECEIVED, "",
                Money.parse(outgoing.add(new BigDecimal(overTheTotal)).toPlainString(), "CNY"), List.of(),
                IncidentDate.exact(LocalDate.of(2026, 11, 3)), TODAY, 30, List.of(), false)).id();
        for (int i = 0; i < rows.size(); i++) {
            NewTransaction r = rows.get(i);
            Transaction t = session.transactions().add(new NewTransaction(id, r.at(), r.zone(), r.money(),
                    r.direction(), r.counterparty(), null, null, null, null, null, TransactionSource.MANUAL));
            if (trashed.get(i)) {
                session.transactions().trash(t.id());
            }
        }
        Case c = session.cases().get(id);
        List<Transaction> live = session.transactions().list(id);

        CaseGuidance g = session.guidance().guidance(id, TODAY);

        assertThat(g.checklist()).isEqualTo(Readiness.checklist(c, live, List.of(), List.of()));
        assertThat(g.strength()).isEqualTo(Readiness.strength(c, live, List.of(), List.of(), 0, 0));
        assertThat(g.strength().points()).extracting(Readiness.Point::kind).contains(overTheTotal.equals("0.00")
                ? Readiness.PointKind.AMOUNT_BACKED : Readiness.PointKind.AMOUNT_NOT_BACKED);
    }
}
