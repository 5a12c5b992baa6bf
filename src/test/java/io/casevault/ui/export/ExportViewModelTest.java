package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.app.SubmissionExport;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.ui.UiFixture.RecordingNotifier;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The export tab's model with fake services, without the toolkit. */
class ExportViewModelTest {
    /** 24 November in UTC, already the 25th in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path home;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<ExportOptions> exported = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private Exporter exporter = (id, options, progress) -> {
        exported.add(options);
        return new ExportResult(options.out(), 12, "ab".repeat(32));
    };
    private boolean systemCanOpenFiles = true;
    private final List<ExportOptions> predicted = new ArrayList<>();
    private SizePredictor predictor = (id, options) -> {
        predicted.add(options);
        return new SubmissionExport.Prediction(options.maxBytes() / 2, 1,
                Optional.of(new SubmissionExport.Reduction(720, 60, false)), true);
    };

    private final FileOpener opener = new FileOpener() {
        @Override
        public void open(Path file) {
            if (!systemCanOpenFiles) {
                throw new UnsupportedOperationException("no desktop");
            }
            opened.add(file);
        }

        @Override
        public void showInFolder(Path file) throws IOException {
            throw new IOException("The file manager did not start.");
        }
    };
    private ExportViewModel vm;

    @BeforeEach
    void model() {
        vm = new ExportViewModel((id, options, progress) -> exporter.export(id, options, progress),
                (id, options) -> predictor.predict(id, options), ExportViewModelTest::caseWithId, opener, home, Texts.of(Locale.ENGLISH), Background.direct(), CLOCK,
                notifier);
    }

    private static Case caseWithId(long id) {
        String title = id == 1 ? "转账未到账" : "Refund: paid twice?";
        return new Case(id, title, "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(), CaseStatus.DRAFT,
                null, LocalDate.of(2026, 11, 1), null, List.of(), Instant.EPOCH, null, false);
    }

    @Test
    void theSuggestedFileIsInDocumentsNamedAfterTheCaseAndTheUsersDay() throws Exception {
        Files.createDirectory(home.resolve("Documents"));

        vm.showCase(1);

        assertThat(vm.form().output().get())
                .isEqualTo(home.resolve("Documents").resolve("转账未到账-dossier-2026-11-25.pdf").toString());
        assertThat(vm.form().canExport().get()).isTrue();
    }

    @Test
    void aFileTheUserChoseStaysForTheSameCaseButNotForAnother() {
        vm.showCase(1);
        vm.choose(home.resolve("mine.pdf"));

        vm.showCase(1);
        assertThat(vm.form().output().get()).isEqualTo(home.resolve("mine.pdf").toString());

        vm.showCase(2);
        assertThat(vm.form().output().get()).endsWith("Refund paid twice-dossier-2026-11-25.pdf");
    }

    @Test
    void anExportHandsTheOptionsToTheServiceAndShowsTheWrittenFile() {
        vm.showCase(1);
        vm.form().output().set(home.resolve("dossier").toString());
        vm.form().includeAuditLog().set(true);

        vm.export();

        assertThat(exported).singleElement().satisfies(o -> {
            assertThat(o.out()).isEqualTo(home.resolve("dossier.pdf"));
            assertThat(o.includeAuditLog()).isTrue();
            assertThat(o.zone()).isEqualTo(CLOCK.getZone());
        });
        assertThat(vm.form().state().get()).isEqualTo(ExportForm.State.DONE);
        assertThat(vm.form().result().get().pages()).isEqualTo(12);
        assertThat(vm.form().canExport().get()).isTrue();
    }

    @Test
    void aFailedExportSaysWhyInOneSentence() {
        exporter = (id, options, progress) -> {
            throw new IllegalStateException("The folder " + options.out().getParent() + " does not exist.");
        };
        vm.showCase(1);
        vm.form().output().set(home.resolve("missing/dossier.pdf").toString());

        vm.export();

        assertThat(vm.form().state().get()).isEqualTo(ExportForm.State.FAILED);
        assertThat(vm.form().error().get()).isEqualTo("The export failed: The folder " + home.resolve("missing")
                + " does not exist.");
    }

    @Test
    void cancellingReachesTheRunningExportAndIsReportedAsCancelled() {
        exporter = (id, options, progress) -> {
            progress.update(1, 3, "E-1");
            vm.cancel(); // the user presses Cancel while the first exhibit is written
            if (progress.isCancelled()) {
                throw new CancellationException("stopped");
            }
            return new ExportResult(options.out(), 3, "cd".repeat(32));
        };
        vm.showCase(1);

        vm.export();

        assertThat(vm.form().state().get()).isEqualTo(ExportForm.State.CANCELLED);
        assertThat(vm.form().result().get()).isNull();
    }

    @Test
    void openingWhereTheSystemCannotOpenFilesSaysWhereTheDossierIs() {
        vm.showCase(1);
        vm.export();
        Path written = vm.form().result().get().file();

        vm.open();
        assertThat(opened).containsExactly(written);

        systemCanOpenFiles = false;
        vm.open();
        vm.showInFolder();
        assertThat(notifier.messages).extracting(m -> m.error() + " " + m.title() + ": " + m.text()).containsExactly(
                "true The dossier could not be opened: This system offers no way to open files from CaseVault; "
                        + "the dossier is at " + written + ".",
                "true The dossier could not be opened: The file manager did not start.");
    }

    @Test
    void choosingTheSubmissionCopyShowsItsPredictedSizeForThePresetAndTheTypedLimit() {
        vm.showCase(1);
        assertThat(vm.prediction().get()).as("nothing to predict for the archival dossier").isEmpty();

        vm.form().copy().set(ExportForm.Copy.SUBMISSION);

        assertThat(predicted).last().satisfies(o -> {
            assertThat(o.maxBytes()).isEqualTo(20_000_000);
            assertThat(o.attachOriginals()).isFalse();
        });
        assertThat(vm.prediction().get()).contains("about 10.0 MB", "one file", "20.0 MB", "720 px");

        vm.form().preset().set(SizePreset.TYPED);
        vm.form().typedMegabytes().set("4.5");
        assertThat(predicted).last().satisfies(o -> assertThat(o.maxBytes()).isEqualTo(4_500_000));
        assertThat(vm.prediction().get()).contains("about 2.3 MB", "4.5 MB");

        vm.form().typedMegabytes().set("lots");
        assertThat(vm.prediction().get()).as("no size, no prediction").isEmpty();
        assertThat(vm.form().canExport().get()).isFalse();
    }

    @Test
    void aCopyThatDoesNotFitSaysToSplitAndSplittingIsHandedToTheService() {
        predictor = (id, options) -> new SubmissionExport.Prediction(45_000_000, options.split() ? 3 : 1,
                Optional.of(new SubmissionExport.Reduction(720, 50, true)), options.split());
        vm.showCase(1);
        vm.form().copy().set(ExportForm.Copy.SUBMISSION);
        assertThat(vm.prediction().get()).contains("about 45.0 MB", "split");

        vm.form().split().set(true);
        assertThat(vm.prediction().get()).contains("3 volumes");

        vm.export();
        assertThat(exported).singleElement().satisfies(o -> assertThat(o.split()).isTrue());
    }

    @Test
    void afterExportingTheAchievedSizeIsShownBesideThePredictedOne() {
        exporter = (id, options, progress) -> new ExportResult(options.out(), 9, "ab".repeat(32), 0, List.of(),
                List.of(), new ExportResult.Submission(List.of(new ExportResult.Volume(options.out(), 17_900_000, 9)),
                18_400_000, options.maxBytes(), Optional.of(new SubmissionExport.Reduction(720, 60, false))));
        vm.showCase(1);
        vm.form().copy().set(ExportForm.Copy.SUBMISSION);
        assertThat(vm.achieved().get()).isEmpty();

        vm.export();

        assertThat(vm.achieved().get()).contains("17.9 MB", "one file", "predicted 18.4 MB");
    }

    @Test
    void inChineseThePredictionWordsHowThePicturesAreReducedInChinese() {
        predictor = (id, options) -> new SubmissionExport.Prediction(18_800_000, 1,
                Optional.of(new SubmissionExport.Reduction(720, 50, true)), true);
        vm = new ExportViewModel((id, options, progress) -> exporter.export(id, options, progress),
                (id, options) -> predictor.predict(id, options), ExportViewModelTest::caseWithId, opener, home,
                Texts.of(Locale.SIMPLIFIED_CHINESE), Background.direct(), CLOCK, notifier);
        vm.showCase(1);

        vm.form().copy().set(ExportForm.Copy.SUBMISSION);

        assertThat(vm.prediction().get()).contains("约 18.8 MB", "短边 720 像素", "JPEG 质量 50%", "灰度");
        assertThat(vm.prediction().get().replace("JPEG", "").replace("MB", "")).as("no English word is left")
                .doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void picturesKeptAsTheyAreAndInColourAreSaidSoInEachLanguage() {
        predictor = (id, options) -> new SubmissionExport.Prediction(900_000, 1, Optional.empty(), true);
        vm.showCase(1);
        vm.form().copy().set(ExportForm.Copy.SUBMISSION);
        assertThat(vm.prediction().get()).contains("pictures as they are");

        predictor = (id, options) -> new SubmissionExport.Prediction(900_000, 1,
                Optional.of(new SubmissionExport.Reduction(1080, 85, false)), true);
        vm.form().split().set(true);
        assertThat(vm.prediction().get()).contains("1080 px, JPEG 85 %)").doesNotContain("grey", "1,080");
    }
}
