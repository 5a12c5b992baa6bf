package io.casevault.app;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.guidance.Readiness;
import io.casevault.importer.StatementFixtures;
import io.casevault.domain.understanding.Proposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Suggestions through the session, from a drawn screenshot the recogniser reads: the link CaseVault makes by itself,
 * accepting, dismissing and undoing (each in the audit log), and what follows from them (timeline, redactions,
 * readiness).
 */
class SuggestionServiceTest {
    private static final String ORDER = "20261103200040011100450012345678";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime SHOWN = LocalDateTime.of(2026, 11, 3, 14, 30, 12);
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("转账未到账", "Alipay", null, null, null,
                Money.parse("1250.00", "CNY"), List.of(), null, LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Evidence screenshot(String amount) {
        return screenshot(amount, "transfer.png");
    }

    private Evidence screenshot(String amount, String name) {
        Path png = DrawnScreens.png(tmp.resolve(name), List.of(List.of(amount), List.of("交易成功"),
                List.of("收款方", "张三"), List.of("创建时间", "2026-11-03 14:30:12"), List.of("订单号", ORDER),
                List.of("联系电话", "13812345678")));
        Evidence e = ((AddOutcome.Added) session.evidence().add(caseId, List.of(png), null, Progress.NONE).get(0))
                .evidence();
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
        return e;
    }

    private Transaction transaction(String ref) {
        return session.transactions().add(new NewTransaction(caseId, SHOWN.atZone(SHANGHAI).toInstant(), SHANGHAI,
                new Money(new BigDecimal("1250.00"), Currency.getInstance("CNY")), Direction.OUT, "张三", ref, null,
                null, null, null, TransactionSource.MANUAL));
    }

    private List<Suggestion> open(Proposal.Kind kind) {
        return session.suggestions().open(caseId).stream().filter(s -> s.kind() == kind).toList();
    }

    private List<String> actions() {
        return session.suggestions().history(caseId).stream().map(AuditEntry::action).toList();
    }

    @Test
    void anEqualOrderNumberLinksTheScreenshotByItselfAuditedAndUndoable() {
        Transaction tx = transaction(ORDER);
        Evidence shot = screenshot("-1,250.00");
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(tx.id());
        Suggestion link = session.suggestions().list(caseId, Suggestion.State.ACCEPTED).stream()
                .filter(s -> s.kind() == Proposal.Kind.LINK).findFirst().orElseThrow();
        assertThat(link.automatic()).isTrue();
        assertThat(session.suggestions().history(caseId)).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("suggestion-applied");
            assertThat(a.detail()).contains("\"by\":\"CaseVault\"", "\"kind\":\"link\"");
        });
        assertThat(open(Proposal.Kind.TRANSACTION)).as("nothing to record: it is recorded").isEmpty();

        session.suggestions().undo(link.id());
        assertThat(session.evidence().links(shot.id()).transactionIds()).isEmpty();
        assertThat(session.suggestions().get(link.id()).state()).isEqualTo(Suggestion.State.DISMISSED);
        session.suggestions().refreshCase(caseId);
        assertThat(session.evidence().links(shot.id()).transactionIds()).as("not linked again").isEmpty();
        assertThat(actions()).containsExactly("suggestion-applied", "suggestion-undone");
    }

    @Test
    void acceptingAllCaptionsDatesAndRedactsThroughTheUsualPaths() {
        transaction(ORDER);
        Evidence shot = screenshot("-1,250.00");
        assertThat(open(Proposal.Kind.CAPTION)).extracting(s -> ((Proposal.CaptionText) s.proposal()).caption())
                .containsExactly("交易成功 · -1,250.00 · 张三 · 2026-11-03 14:30");
        Suggestion cover = open(Proposal.Kind.REDACTION).get(0);
        Redaction box = ((Proposal.Cover) cover.proposal()).box();

        SuggestionService.AcceptedAll all = session.suggestions().acceptAll(caseId);
        assertThat(all.accepted()).isEqualTo(3);
        assertThat(all.skipped()).isEmpty();
        assertThat(session.suggestions().open(caseId)).isEmpty();
        assertThat(session.evidence().get(shot.id()).caption()).isEqualTo("交易成功 · -1,250.00 · 张三 · 2026-11-03 14:30");
        assertThat(session.evidence().redactions(shot.id())).containsExactly(box);
        assertThat(session.recognition().textOf(shot.id())).extracting(RecognisedLine::text)
                .noneMatch(t -> t.contains("13812345678")).anyMatch(t -> t.contains(ORDER));

        TimelineEvent placed = session.timeline().timeline(caseId, SHANGHAI).stream()
                .filter(e -> e.kind() == TimelineEvent.Kind.EVIDENCE).findFirst().orElseThrow();
        assertThat(placed.at()).isEqualTo(SHOWN.atZone(SHANGHAI).toInstant());
        assertThat(placed.text()).endsWith("shows a payment at 2026-11-03 14:30:12");
        assertThat(session.guidance().guidance(caseId, LocalDate.of(2026, 11, 25)).strength().points())
                .contains(new Readiness.Point(Readiness.PointKind.TRANSACTIONS_PROVEN, 1, true));
        assertThat(actions()).containsExactly("suggestion-applied", "suggestion-accepted", "suggestion-accepted",
                "suggestion-accepted");
    }

    @Test
    void whatAcceptAllAppliedIsUndoneTogetherAndAudited() {
        transaction(ORDER);
        Evidence shot = screenshot("-1,250.00");
        session.evidence().updateCaption(shot.id(), "我的截图");
        SuggestionService.AcceptedAll all = session.suggestions().acceptAll(caseId);
        assertThat(all.accepted()).isEqualTo(3);
        assertThat(session.evidence().redactions(shot.id())).hasSize(1);
        assertThat(session.suggestions().eventTimes(caseId)).containsKey(shot.id());

        Suggestion caption = session.suggestions().get(all.ids().get(0));
        session.suggestions().undo(caption.id()); // undone on its own meanwhile: left as it is
        assertThat(session.suggestions().undoAll(all.ids())).isEqualTo(2);
        assertThat(session.evidence().redactions(shot.id())).isEmpty();
        assertThat(session.evidence().get(shot.id()).caption()).isEqualTo("我的截图");
        assertThat(session.suggestions().eventTimes(caseId)).doesNotContainKey(shot.id());
        assertThat(session.suggestions().open(caseId)).extracting(Suggestion::id)
                .containsExactlyInAnyOrderElementsOf(all.ids());
        assertThat(session.evidence().links(shot.id()).transactionIds()).as("CaseVault's own link stays").hasSize(1);
        assertThat(actions()).containsExactly("suggestion-applied", "suggestion-accepted", "suggestion-accepted",
                "suggestion-accepted", "suggestion-undone", "suggestion-undone", "suggestion-undone");
    }

    @Test
    void undoingAnAcceptedRedactionAndCaptionPutsBackWhatWasThere() {
        Evidence shot = screenshot("-1,250.00");
        session.evidence().updateCaption(shot.id(), "我的截图");
        Suggestion caption = open(Proposal.Kind.CAPTION).get(0);
        Suggestion cover = open(Proposal.Kind.REDACTION).get(0);
        session.suggestions().accept(caption.id());
        session.suggestions().accept(cover.id());
        assertThat(session.evidence().redactions(shot.id())).hasSize(1);

        session.suggestions().undo(cover.id());
        session.suggestions().undo(caption.id());
        assertThat(session.evidence().redactions(shot.id())).isEmpty();
        assertThat(session.evidence().get(shot.id()).caption()).isEqualTo("我的截图");
        assertThat(session.suggestions().get(caption.id()).state()).isEqualTo(Suggestion.State.OPEN);
        assertThatThrownBy(() -> session.suggestions().undo(caption.id())).isInstanceOf(DomainException.class)
                .hasMessageContaining("not accepted");
        assertThat(actions()).containsExactly("suggestion-accepted", "suggestion-accepted", "suggestion-undone",
                "suggestion-undone");
    }

    @Test
    void oneExhibitsSuggestionsAreItsOpenOnesThenTheAcceptedOnesWithoutTheDismissed() {
        Evidence shot = screenshot("-1,250.00");
        Evidence other = screenshot("-386.50");
        Suggestion caption = open(Proposal.Kind.CAPTION).stream().filter(s -> s.evidenceId() == shot.id())
                .findFirst().orElseThrow();
        Suggestion time = open(Proposal.Kind.TIME).stream().filter(s -> s.evidenceId() == shot.id())
                .findFirst().orElseThrow();
        session.suggestions().accept(caption.id());
        session.suggestions().dismiss(time.id());

        List<Suggestion> shown = session.suggestions().ofExhibit(shot.id());
        assertThat(shown).extracting(Suggestion::evidenceId).containsOnly(shot.id());
        assertThat(shown).extracting(Suggestion::id).doesNotContain(time.id()).endsWith(caption.id());
        assertThat(shown).hasSizeGreaterThan(1);
        assertThat(shown.subList(0, shown.size() - 1)).extracting(Suggestion::state)
                .containsOnly(Suggestion.State.OPEN);
        assertThat(session.suggestions().ofExhibit(other.id())).extracting(Suggestion::evidenceId)
                .containsOnly(other.id()).isNotEmpty();
    }

    @Test
    void aDismissedSuggestionIsNotOfferedAgain() {
        screenshot("-1,250.00");
        Suggestion caption = open(Proposal.Kind.CAPTION).get(0);
        session.suggestions().dismiss(caption.id());
        assertThat(open(Proposal.Kind.CAPTION)).isEmpty();
        assertThatThrownBy(() -> session.suggestions().accept(caption.id())).isInstanceOf(DomainException.class)
                .hasMessageContaining("accepted or dismissed already");
        assertThat(actions()).containsExactly("suggestion-dismissed");
    }

    @Test
    void aTransactionRecordedAfterTheScreenshotLinksItAndWithdrawsTheOfferToRecordIt() {
        Evidence shot = screenshot("-1,250.00");
        assertThat(open(Proposal.Kind.TRANSACTION)).hasSize(1);
        Transaction tx = transaction(ORDER);
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(tx.id());
        assertThat(open(Proposal.Kind.TRANSACTION)).isEmpty();
    }

    @Test
    void anOfferedLinkIsAppliedOnceTheTransactionGetsTheNumberShown() {
        Transaction tx = transaction(null);
        Evidence shot = screenshot("-1,250.00");
        assertThat(open(Proposal.Kind.LINK)).extracting(s -> ((Proposal.Link) s.proposal()).rule())
                .containsExactly(Proposal.LinkRule.AMOUNT_AND_TIME);
        assertThat(session.evidence().links(shot.id()).transactionIds()).isEmpty();

        session.transactions().update(tx.id(), new NewTransaction(caseId, tx.at(), SHANGHAI, tx.money(),
                Direction.OUT, "张三", ORDER, null, null, null, null, TransactionSource.MANUAL));
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(tx.id());
        assertThat(open(Proposal.Kind.LINK)).isEmpty();
        assertThat(actions()).containsExactly("suggestion-applied");
    }

    @Test
    void anAlipayStatementImportedAfterTheScreenshotLinksItByItsOrderNumber() throws Exception {
        Evidence shot = screenshot("-1,250.00");
        Path statement = StatementFixtures.write(tmp.resolve("alipay.csv"), StatementFixtures.alipayApp(List.of(
                StatementFixtures.alipayRow("2026-11-03 14:30:12", "转账红包", "张三", "转账", "支出", "1250.00",
                        "交易成功", ORDER), StatementFixtures.alipayRow("2026-11-04 09:00:00", "日用百货", "店",
                        "货", "支出", "1250.00", "交易成功", "20261104200040011100450087654321")))
                .getBytes(StatementFixtures.GB18030));
        session.statements().run(ImportRequest.of(caseId, statement), Progress.NONE);
        Transaction shown = session.transactions().list(caseId).stream().filter(t -> ORDER.equals(t.txRef()))
                .findFirst().orElseThrow();
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(shown.id());
        assertThat(open(Proposal.Kind.TRANSACTION)).isEmpty();
        assertThat(actions()).containsExactly("suggestion-applied");
    }

    @Test
    void recordingTheTransactionShownTakesTheCasesCurrencyAndUndoingItTrashesIt() {
        Evidence shot = screenshot("-1,250.00");
        Suggestion record = open(Proposal.Kind.TRANSACTION).get(0);
        session.suggestions().accept(record.id());
        List<Transaction> txs = session.transactions().list(caseId);
        assertThat(txs).singleElement().satisfies(t -> {
            assertThat(t.money()).isEqualTo(Money.parse("1250", "CNY"));
            assertThat(t.direction()).isEqualTo(Direction.OUT);
            assertThat(t.txRef()).isEqualTo(ORDER);
            assertThat(t.counterparty()).isEqualTo("张三");
            assertThat(t.status()).as("the status in the screenshot's words, not a code").isEqualTo("交易成功");
        });
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(txs.get(0).id());

        session.suggestions().undo(record.id());
        assertThat(session.transactions().list(caseId)).isEmpty();
        assertThat(session.evidence().links(shot.id()).transactionIds()).isEmpty();
        assertThat(open(Proposal.Kind.TRANSACTION)).hasSize(1);
    }

    @Test
    void trashingATransactionWithdrawsTheLinkCaseVaultMadeToItAndRestoringItLinksAgain() {
        Transaction tx = transaction(ORDER);
        Evidence shot = screenshot("-1,250.00");
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(tx.id());

        session.transactions().trash(tx.id());
        assertThat(session.evidence().links(shot.id()).transactionIds()).isEmpty();
        assertThat(session.suggestions().list(caseId, Suggestion.State.ACCEPTED)).noneMatch(s -> s.kind()
                == Proposal.Kind.LINK);
        assertThat(session.suggestions().list(caseId, Suggestion.State.OPEN)).as("the payment shown is unrecorded now")
                .anyMatch(s -> s.kind() == Proposal.Kind.TRANSACTION);
        assertThat(actions()).containsExactly("suggestion-applied", "suggestion-withdrawn");

        session.transactions().restore(tx.id());
        assertThat(session.evidence().links(shot.id()).transactionIds()).containsExactly(tx.id());
        assertThat(session.suggestions().list(caseId, Suggestion.State.OPEN)).noneMatch(s -> s.kind()
                == Proposal.Kind.TRANSACTION);
        assertThat(actions()).containsExactly("suggestion-applied", "suggestion-withdrawn", "suggestion-applied");
    }

    @Test
    void trashingATransactionWithdrawsTheOpenOfferToLinkToIt() {
        Transaction near = transaction(null);
        screenshot("-1,250.00");
        assertThat(open(Proposal.Kind.LINK)).singleElement().satisfies(s ->
                assertThat(((Proposal.Link) s.proposal()).transactionId()).isEqualTo(near.id()));

        session.transactions().trash(near.id());
        // listed as stored, without proposing afresh: trashing did that
        assertThat(session.suggestions().list(caseId, Suggestion.State.OPEN)).noneMatch(s -> s.kind()
                == Proposal.Kind.LINK);
    }

    @Test
    void undoingARecordedTransactionWithdrawsTheLinksCaseVaultMadeToItFromOtherScreenshots() {
        Evidence first = screenshot("-1,250.00");
        Suggestion record = open(Proposal.Kind.TRANSACTION).get(0);
        session.suggestions().accept(record.id());
        long recorded = session.transactions().list(caseId).get(0).id();
        Evidence second = screenshot("¥1,250.00", "again.png");
        assertThat(session.evidence().links(second.id()).transactionIds()).as("same order number")
                .containsExactly(recorded);

        session.suggestions().undo(record.id());
        assertThat(session.transactions().list(caseId)).isEmpty();
        assertThat(session.evidence().links(first.id()).transactionIds()).isEmpty();
        assertThat(session.evidence().links(second.id()).transactionIds()).isEmpty();
        assertThat(actions()).containsSubsequence("suggestion-accepted", "suggestion-applied", "suggestion-undone",
                "suggestion-withdrawn");
    }
}
