package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;
    Evidence shot;

    @BeforeEach
    void open() throws Exception {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        Path png = TestFiles.png(tmp.resolve("shot.png"), 100, 200, 1);
        var outcome = session.evidence().add(caseId, List.of(png), null, Progress.NONE).get(0);
        shot = ((AddOutcome.Added) outcome).evidence();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void captionTagsAndRedactionsAreSavedAndAudited() {
        session.evidence().updateCaption(shot.id(), "付款成功页面");
        session.evidence().setTags(shot.id(), List.of("支付", " chat ", "支付"));
        session.evidence().setRedactions(shot.id(), List.of(new Redaction(10, 20, 30, 8), new Redaction(0, 0, 100, 5)));
        Evidence e = session.evidence().get(shot.id());
        assertThat(e.caption()).isEqualTo("付款成功页面");
        assertThat(e.tags()).containsExactly("chat", "支付");
        assertThat(session.evidence().redactions(shot.id())).containsExactly(new Redaction(10, 20, 30, 8),
                new Redaction(0, 0, 100, 5));
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
        assertThat(session.verify(Progress.NONE).auditEntries()).isEqualTo(5); // case, evidence, caption, tags, boxes
    }

    @Test
    void redactionOutsideTheImageIsRefused() {
        assertThatThrownBy(() -> session.evidence().setRedactions(shot.id(), List.of(new Redaction(90, 190, 20, 20))))
                .isInstanceOf(DomainException.class).hasMessageContaining("100 × 200");
        assertThat(session.evidence().redactions(shot.id())).isEmpty();
    }

    @Test
    void followUpLinksEvidenceAndLinksStayWithinTheCase() {
        var f = session.followUps().add(new NewFollowUp(caseId, Instant.parse("2026-11-20T02:00:00Z"), ZONE,
                Channel.IN_APP_CHAT, null, "客服小王", "T-1", "发送了截图", null, null), List.of(shot.id()));
        assertThat(session.followUps().linkedEvidence(f.id())).containsExactly(shot.id());
        assertThat(session.evidence().links(shot.id()).followUpIds()).containsExactly(f.id());

        long other = session.cases().create(new NewCase("另一个", "PayPal", null, null, null, null, null, null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        var t = session.transactions().add(new NewTransaction(other, Instant.now(), ZONE, Money.parse("5", "USD"),
                Direction.OUT, null, null, null, null, null, null, TransactionSource.MANUAL));
        assertThatThrownBy(() -> session.evidence().setLinks(shot.id(), new EvidenceLinks(List.of(t.id()), List.of())))
                .hasMessageContaining("its own case");
    }

    @Test
    void editingATransactionKeepsItsIdAndRecordsTheChange() {
        var t = session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-03T06:30:00Z"), ZONE,
                Money.parse("1250", "CNY"), Direction.OUT, "张三", "R1", null, null, null, null, null));
        var edited = session.transactions().update(t.id(), new NewTransaction(caseId, t.at(), ZONE,
                Money.parse("1250.50", "CNY"), Direction.OUT, "张三", "R1", null, null, "failed", null, null));
        assertThat(edited.id()).isEqualTo(t.id());
        assertThat(edited.money().amount()).isEqualByComparingTo("1250.50");
        assertThat(edited.status()).isEqualTo("failed");
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    /** What is listed is what was written: every field, in any script, with line breaks, characters beyond 16 bits. */
    @Test
    void aCasesTransactionsAreListedAsWritten() {
        List<NewTransaction> written = List.of(
                new NewTransaction(caseId, Instant.parse("2026-11-03T06:30:00Z"), ZONE, Money.parse("1250.5", "CNY"),
                        Direction.OUT, "支付宝（中国）网络技术有限公司", "2026110322001456789", "T200P1234", "余额宝",
                        "交易成功", "退款 😀 未到账\n第二行\tTab", TransactionSource.imported("ab".repeat(32), 42)),
                new NewTransaction(caseId, Instant.parse("2026-11-04T00:00:00Z"), ZoneId.of("America/Sao_Paulo"),
                        Money.parse("0.99", "USD"), Direction.IN, "Zoë Åkesson", null, null, null, null, null, null),
                new NewTransaction(caseId, Instant.parse("2026-11-05T00:00:00Z"), ZONE, Money.parse("3", "JPY"),
                        Direction.NEUTRAL, "e\u0301", "𠀀𪚥", null, "P", "", " ", null));
        written.forEach(session.transactions()::add);

        assertThat(session.transactions().list(caseId)).map(t -> new NewTransaction(t.caseId(), t.at(), t.zone(),
                t.money(), t.direction(), t.counterparty(), t.txRef(), t.merchantOrderRef(), t.method(), t.status(),
                t.note(), t.source())).containsExactlyElementsOf(written);
    }

    @Test
    void purgingATrashedCaseRemovesOriginalsNoOtherCaseUses() throws Exception {
        long other = session.cases().create(new NewCase("共用", "PayPal", null, null, null, null, null, null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        Path shared = TestFiles.png(tmp.resolve("shared.png"), 20, 20, 9);
        session.evidence().add(caseId, List.of(shared), null, Progress.NONE);
        session.evidence().add(other, List.of(shared), null, Progress.NONE);

        assertThatThrownBy(() -> session.cases().purge(caseId)).hasMessageContaining("not in the trash");
        session.cases().trash(caseId);
        session.cases().purge(caseId);

        assertThatThrownBy(() -> session.cases().get(caseId)).isInstanceOf(NotFoundException.class);
        var report = session.verify(Progress.NONE);
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        assertThat(report.blobsChecked()).isEqualTo(1); // shared.png stays for the other case
        assertThat(session.dir().resolve("blobs/sha256/" + shot.sha256().substring(0, 2) + "/" + shot.sha256()))
                .doesNotExist();
    }

    @Test
    void purgingACaseRemovesTheRenditionsOfItsOriginalsAndKeepsThoseOfOthers() throws Exception {
        long other = session.cases().create(new NewCase("另一个", "PayPal", null, null, null, null, null, null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
        Evidence kept = ((AddOutcome.Added) session.evidence().add(other,
                List.of(TestFiles.png(tmp.resolve("kept.png"), 30, 30, 4)), null, Progress.NONE).get(0)).evidence();
        Path cache = session.dir().resolve("cache");
        List<Path> derived = List.of(cache.resolve("thumbs/" + shot.sha256() + "-320-o1.png"),
                cache.resolve("thumbs/" + shot.sha256() + "-2048-o1.png"), cache.resolve("looks/" + shot.sha256()
                        + ".look"));
        Path others = cache.resolve("thumbs/" + kept.sha256() + "-320-o1.png");
        for (Path p : concat(derived, others)) {
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[] {1, 2, 3});
        }

        session.cases().trash(caseId);
        session.cases().purge(caseId);

        assertThat(derived).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(others).exists();
    }

    private static List<Path> concat(List<Path> list, Path one) {
        List<Path> all = new java.util.ArrayList<>(list);
        all.add(one);
        return all;
    }

    @Test
    void trashedEvidenceLeavesTheListAndComesBack() {
        session.evidence().trash(shot.id());
        assertThat(session.evidence().list(caseId)).isEmpty();
        assertThat(session.evidence().trashed(caseId)).extracting(Evidence::id).containsExactly(shot.id());
        session.evidence().restore(shot.id());
        assertThat(session.evidence().list(caseId)).extracting(Evidence::exhibit).containsExactly("E-1");
    }

    @Test
    void contentAddedTwiceInOneCallIsRecordedOnceAndOnlyOnceAudited() throws Exception {
        Path a = TestFiles.png(tmp.resolve("a.png"), 60, 40, 2);
        Path copyOfA = java.nio.file.Files.copy(a, tmp.resolve("copy-of-a.png"));
        Path b = TestFiles.png(tmp.resolve("b.png"), 60, 40, 3);
        Path again = java.nio.file.Files.copy(tmp.resolve("shot.png"), tmp.resolve("shot-again.png"));

        List<AddOutcome> outcomes = session.evidence().add(caseId, List.of(a, again, copyOfA, b), null, Progress.NONE);

        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Added", "AlreadyPresent", "AlreadyPresent", "Added");
        assertThat(((AddOutcome.AlreadyPresent) outcomes.get(1)).evidence().exhibit()).isEqualTo("E-1");
        assertThat(((AddOutcome.AlreadyPresent) outcomes.get(2)).evidence().exhibit()).isEqualTo("E-2");
        assertThat(session.evidence().list(caseId)).extracting(Evidence::exhibit, Evidence::originalName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E-1", "shot.png"),
                        org.assertj.core.groups.Tuple.tuple("E-2", "a.png"),
                        org.assertj.core.groups.Tuple.tuple("E-3", "b.png"));
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
        assertThat(session.verify(Progress.NONE).auditEntries()).isEqualTo(4); // the case and three exhibits
    }
}
