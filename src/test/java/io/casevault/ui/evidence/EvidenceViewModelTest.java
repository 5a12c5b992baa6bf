package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.MailImportResult;
import io.casevault.app.Progress;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Reason;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.UiFixture.RecordingNotifier;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence tab's model with a fake vault, without the toolkit. */
class EvidenceViewModelTest {
    private static final long CASE = 5;
    /** 2026-11-25 14:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Evidence> stored = new ArrayList<>();
    private final List<List<Path>> added = new ArrayList<>();
    private final List<String> pastedNames = new ArrayList<>();
    private final List<List<Path>> mailed = new ArrayList<>();
    private final List<Long> restored = new ArrayList<>();
    /** What the fake vault does with the files it is given. */
    private BiFunction<List<Path>, Progress, List<AddOutcome>> adding = (files, progress) -> files.stream()
            .map(f -> (AddOutcome) new AddOutcome.Added(f.toString(), store(f.getFileName().toString()))).toList();

    private final EvidenceViewModel.Exhibits exhibits = new EvidenceViewModel.Exhibits() {
        @Override
        public List<Evidence> list(long caseId) {
            return List.copyOf(stored);
        }

        @Override
        public List<AddOutcome> add(long caseId, List<Path> files, Progress progress) {
            added.add(files);
            return adding.apply(files, progress);
        }

        @Override
        public AddOutcome addBytes(long caseId, byte[] bytes, String name) {
            pastedNames.add(name);
            return new AddOutcome.Added(name, store(name));
        }

        @Override
        public MailImportResult importMail(long caseId, List<Path> files, Progress progress) {
            mailed.add(files);
            return new MailImportResult(2, 1, 1, List.of(7L, 8L), List.of(Reason.of("mail.notMail",
                    "Message 3 of 'inbox.mbox' is not an e-mail: it has no From, Date or Message-ID header.",
                    Reason.of("mail.origin.mbox", "message 3 of 'inbox.mbox'", 3, "inbox.mbox"))));
        }

        @Override
        public void trash(long evidenceId) {
            stored.removeIf(e -> e.id() == evidenceId);
        }

        @Override
        public void restore(long evidenceId) {
            restored.add(evidenceId);
        }

        /** The fake's pictures look alike when their names start alike, before the first "-". */
        @Override
        public Optional<Evidence> sameLookAs(Evidence added, List<Evidence> others) {
            String look = added.originalName().split("-")[0];
            return others.stream().filter(o -> o.originalName().split("-")[0].equals(look)).findFirst();
        }
    };
    private final FakeAnnotations annotations = new FakeAnnotations(
            id -> stored.stream().filter(x -> x.id() == id).findFirst().orElseThrow(),
            captioned -> stored.replaceAll(x -> x.id() == captioned.id() ? captioned : x));
    private final Map<Long, List<Redaction>> boxes = annotations.boxes;
    private final EvidenceViewModel.Linkable nothingToLink = new EvidenceViewModel.Linkable() {
        @Override
        public List<Transaction> transactions(long caseId) {
            return List.of();
        }

        @Override
        public List<FollowUp> followUps(long caseId) {
            return List.of();
        }
    };

    private EvidenceViewModel model(Locale locale) {
        EvidenceViewModel vm = new EvidenceViewModel(exhibits, annotations, nothingToLink,
                ExhibitTextViewModelTest.NOTHING_READ, Texts.of(locale), Background.direct(), CLOCK, notifier);
        vm.load(CASE);
        return vm;
    }

    private Evidence store(String name) {
        int n = stored.size() + 1;
        Evidence e = new Evidence(n, CASE, String.format("%064x", n), name, "image/png", 100, 10, 10, 1, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, "", List.of(), n, null);
        stored.add(e);
        return e;
    }

    @Test
    void refusedFilesAreNamedWithTheirReasonInTheWindowsLanguage() {
        adding = (files, progress) -> List.of(
                new AddOutcome.Added(files.get(0).toString(), store("good.png")),
                new AddOutcome.Rejected(files.get(1).toString(), Reason.of("evidence.missing",
                        "the file does not exist.")));
        EvidenceViewModel vm = model(Locale.SIMPLIFIED_CHINESE);

        vm.adding().files(List.of(dir.resolve("good.png"), dir.resolve("gone.png")));

        assertThat(notifier.messages).singleElement().satisfies(m -> {
            assertThat(m.error()).isTrue();
            assertThat(m.text()).contains("gone.png: 文件不存在。").doesNotContain("does not exist");
        });
        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("good.png");
        assertThat(vm.adding().running().get()).isFalse();
    }

    @Test
    void droppedMailGoesToTheMailImportAndOneMessageReportsBoth() {
        EvidenceViewModel vm = model(Locale.ENGLISH);

        vm.adding().files(List.of(dir.resolve("shot.png"), dir.resolve("complaint.EML"), dir.resolve("inbox.mbox")));

        assertThat(added).containsExactly(List.of(dir.resolve("shot.png")));
        assertThat(mailed).containsExactly(List.of(dir.resolve("complaint.EML"), dir.resolve("inbox.mbox")));
        assertThat(notifier.messages).singleElement().satisfies(m -> {
            assertThat(m.error()).isTrue();
            assertThat(m.text()).contains("1 file was added.", "2 e-mails became follow-ups, with 1 attachment as "
                    + "exhibits; 1 already in this case.", "Message 3 of 'inbox.mbox' is not an e-mail");
        });
    }

    @Test
    void onlyMailDroppedAddsNoFilesAndTitlesTheImport() {
        EvidenceViewModel vm = model(Locale.SIMPLIFIED_CHINESE);

        vm.adding().files(List.of(dir.resolve("complaint.eml")));

        assertThat(added).isEmpty();
        assertThat(notifier.messages).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("已导入 2 封邮件");
            assertThat(m.text()).startsWith("2 封邮件已成为跟进记录，1 个附件已成为证据；1 封已在本案中。");
        });
    }

    @Test
    void aDroppedFolderBecomesItsFilesInPathOrderWithoutHiddenOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("chat"));
        Files.writeString(folder.resolve("b.png"), "b");
        Files.writeString(Files.createDirectories(folder.resolve("a")).resolve("c.png"), "c");
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.writeString(folder.resolve("Thumbs.db"), "x");
        Path single = Files.writeString(dir.resolve("z.png"), "z");
        EvidenceViewModel vm = model(Locale.ENGLISH);

        vm.adding().files(List.of(single, folder));

        assertThat(added).singleElement().isEqualTo(List.of(single, folder.resolve("a/c.png"), folder.resolve("b.png")));
        assertThat(notifier.messages).singleElement().satisfies(m -> {
            assertThat(m.error()).isFalse();
            assertThat(m.title()).isEqualTo("3 files added");
        });
        assertThat(vm.items()).hasSize(3);
    }

    @Test
    void cancellingKeepsWhatWasAddedAndSaysSoInsteadOfAReport() {
        List<EvidenceViewModel> holder = new ArrayList<>();
        adding = (files, progress) -> {
            List<AddOutcome> done = new ArrayList<>();
            for (Path f : files) {
                if (progress.isCancelled()) {
                    break;
                }
                done.add(new AddOutcome.Added(f.toString(), store(f.getFileName().toString())));
                progress.update(done.size(), files.size(), f.toString());
                holder.get(0).adding().cancel(); // the user presses Cancel after the first file
            }
            return done;
        };
        EvidenceViewModel vm = model(Locale.ENGLISH);
        holder.add(vm);

        vm.adding().files(List.of(dir.resolve("1.png"), dir.resolve("2.png"), dir.resolve("3.png")));

        assertThat(notifier.messages).singleElement().satisfies(m ->
                assertThat(m.title()).isEqualTo("Adding evidence was cancelled"));
        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("1.png");
    }

    @Test
    void aPastedScreenshotIsNamedInTheWindowsLanguageAfterTheUsersLocalTime() {
        EvidenceViewModel english = model(Locale.ENGLISH);
        english.adding().png(() -> new byte[] {1, 2, 3});
        EvidenceViewModel chinese = model(Locale.SIMPLIFIED_CHINESE);
        chinese.adding().png(() -> new byte[] {4, 5, 6});

        assertThat(pastedNames).containsExactly("Clipboard screenshot 2026-11-25 140000.png",
                "剪贴板截图 2026-11-25 140000.png");
        assertThat(english.items()).extracting(Evidence::exhibit).containsExactly("E-1");
        assertThat(chinese.items()).extracting(Evidence::originalName).endsWith("剪贴板截图 2026-11-25 140000.png");
    }

    @Test
    void trashingTheSelectedExhibitOffersUndoAndUndoBringsItBack() {
        store("a.png");
        store("b.png");
        EvidenceViewModel vm = model(Locale.ENGLISH);
        Evidence b = vm.items().get(1);
        vm.selected().set(b);

        vm.trashSelected();

        assertThat(vm.items()).extracting(Evidence::originalName).containsExactly("a.png");
        assertThat(vm.selected().get()).isNull();
        assertThat(vm.undoable().get()).isEqualTo(b);

        vm.undoTrash();
        assertThat(restored).containsExactly(b.id());
        assertThat(vm.undoable().get()).isNull();
    }

    @Test
    void anExhibitRevealedFromTheTimelineIsSelectedByTheNextLoadAndACaptionEditShowsAtOnce() {
        store("a.png");
        store("b.png");
        EvidenceViewModel vm = model(Locale.ENGLISH);
        vm.revealOnNextLoad(2);

        vm.load(CASE);
        assertThat(vm.selected().get().originalName()).isEqualTo("b.png");

        vm.edits().saveCaption(vm.selected().get(), "chat with support");
        assertThat(vm.selected().get().caption()).isEqualTo("chat with support");
        assertThat(vm.items().get(1).caption()).isEqualTo("chat with support");
    }

    @Test
    void theGridKnowsWhichExhibitsAreRedactedWhenLoadedAndAsBoxesAreSaved() {
        store("phone.png");
        store("chat.png");
        boxes.put(1L, List.of(new Redaction(1, 1, 4, 3)));
        EvidenceViewModel vm = model(Locale.ENGLISH);

        assertThat(vm.redactions()).containsOnlyKeys(1L);

        Evidence chat = vm.items().get(1);
        vm.edits().saveRedactions(chat, List.of(new Redaction(0, 0, 2, 2)));
        assertThat(vm.redactions()).containsOnlyKeys(1L, 2L);
        assertThat(vm.redactions().get(2L)).containsExactly(new Redaction(0, 0, 2, 2));

        vm.edits().saveRedactions(vm.items().get(0), List.of());
        assertThat(vm.redactions()).containsOnlyKeys(2L);
        boxes.clear();
        vm.load(CASE);
        assertThat(vm.redactions()).isEmpty();
    }

    @Test
    void aNewPictureThatLooksLikeAnExhibitIsOfferedForTheUserToDecide() {
        store("chat-original.png");
        store("receipt.png");
        EvidenceViewModel vm = model(Locale.SIMPLIFIED_CHINESE);

        vm.adding().files(List.of(dir.resolve("chat-pasted.png"), dir.resolve("chat-again.png"),
                dir.resolve("other.png")));

        LookAlikeCheck looks = vm.lookAlikes();
        assertThat(looks.current().get()).isEqualTo(new LookAlikeCheck.Pair(stored.get(2), stored.get(0)));
        assertThat(looks.message().get()).isEqualTo("E-3 看起来与 E-1 相同");
        assertThat(vm.items()).hasSize(5); // nothing was merged or removed

        looks.keepBoth();
        assertThat(looks.message().get()).isEqualTo("E-4 看起来与 E-1 相同");
        looks.trashAdded(vm::trash);

        assertThat(looks.current().get()).isNull();
        assertThat(vm.items()).extracting(Evidence::exhibit).containsExactly("E-1", "E-2", "E-3", "E-5");
        assertThat(vm.undoable().get().exhibit()).isEqualTo("E-4");
        vm.undoTrash();
        assertThat(restored).containsExactly(4L);
    }

    @Test
    void showingAnotherCaseDropsTheQuestionsAboutThisOne() {
        store("chat-original.png");
        EvidenceViewModel vm = model(Locale.ENGLISH);
        vm.adding().png(() -> new byte[] {1});
        vm.adding().files(List.of(dir.resolve("chat-copy.png")));
        assertThat(vm.lookAlikes().message().get()).isEqualTo("E-3 looks the same as E-1");

        vm.load(CASE + 1);

        assertThat(vm.lookAlikes().current().get()).isNull();
    }
}
