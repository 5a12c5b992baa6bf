package io.casevault.ui.evidence;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer's recognised-text panel model with a fake recogniser and caption store, without the toolkit. */
class ExhibitTextViewModelTest {
    /** A recogniser that has read nothing and waits for nothing. */
    static final ExhibitTextViewModel.Source NOTHING_READ = new ExhibitTextViewModel.Source() {
        @Override
        public Optional<List<RecognisedLine>> text(long evidenceId) {
            return Optional.empty();
        }

        @Override
        public int waiting() {
            return 0;
        }

        @Override
        public Optional<Reason> unavailable() {
            return Optional.empty();
        }
    };

    private static final RecognisedLine TITLE = new RecognisedLine("交易详情", 0.99, 40, 30, 200, 40);
    private static final RecognisedLine ORDER = new RecognisedLine("订单号 2026110322001456789", 0.97, 40, 400, 600, 36);
    private static final RecognisedLine AMOUNT = new RecognisedLine("¥1,250.00", 0.98, 40, 480, 220, 44);

    private final Map<Long, List<RecognisedLine>> read = new HashMap<>();
    private int waiting;
    private Reason unavailable;
    private int reads;
    private final Map<Long, Evidence> stored = new HashMap<>();
    private final List<String> captionsSaved = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private Evidence selected;

    private final ExhibitTextViewModel.Source source = new ExhibitTextViewModel.Source() {
        @Override
        public Optional<List<RecognisedLine>> text(long evidenceId) {
            reads++;
            return Optional.ofNullable(read.get(evidenceId));
        }

        @Override
        public int waiting() {
            return waiting;
        }

        @Override
        public Optional<Reason> unavailable() {
            return Optional.ofNullable(unavailable);
        }
    };

    private final FakeAnnotations annotations = new FakeAnnotations(stored::get, captioned -> {
        captionsSaved.add(captioned.caption());
        stored.put(captioned.id(), captioned);
    });

    private ExhibitTextViewModel model(Locale locale) {
        ExhibitEdits edits = new ExhibitEdits(annotations, Background.direct(), failures::add,
                e -> selected = e, (e, boxes) -> { });
        return new ExhibitTextViewModel(source, Texts.of(locale), Background.direct(), edits, () -> selected,
                failures::add);
    }

    private Evidence picture(long id, String mediaType, String caption) {
        Evidence e = new Evidence(id, 5, String.format("%064x", id), "shot-" + id + ".png", mediaType, 100, 1080, 2400,
                1, null, CaptureSource.IMPORT_TIME, Instant.EPOCH, caption, List.of(), (int) id, null);
        stored.put(id, e);
        selected = e;
        return e;
    }

    @Test
    void aReadScreenshotShowsItsLinesInReadingOrderAndHowMany() {
        read.put(1L, List.of(TITLE, ORDER, AMOUNT));
        ExhibitTextViewModel vm = model(Locale.ENGLISH);

        vm.show(picture(1, "image/png", ""));

        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.READ);
        assertThat(vm.lines()).containsExactly(TITLE, ORDER, AMOUNT);
        assertThat(vm.message().get()).startsWith("3 lines.");
    }

    @Test
    void aScreenshotNotReadYetSaysHowManyWaitInTheWindowsLanguage() {
        waiting = 4;
        ExhibitTextViewModel en = model(Locale.ENGLISH);
        en.show(picture(1, "image/png", ""));
        ExhibitTextViewModel zh = model(Locale.SIMPLIFIED_CHINESE);
        zh.show(picture(1, "image/png", ""));

        assertThat(en.state().get()).isEqualTo(ExhibitTextViewModel.State.WAITING);
        assertThat(en.lines()).isEmpty();
        assertThat(en.message().get()).isEqualTo("Queued: 4 screenshots are waiting to be read.");
        assertThat(zh.message().get()).isEqualTo("排队中：还有 4 张截图等待识别。");
    }

    @Test
    void anEngineThatCannotStartIsExplainedWithItsSentence() {
        unavailable = Reason.of("ocr.modelMissing", "The text recognition model 'det.onnx' is missing.", "det.onnx");
        ExhibitTextViewModel vm = model(Locale.ENGLISH);

        vm.show(picture(1, "image/png", ""));

        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.UNAVAILABLE);
        assertThat(vm.message().get()).isEqualTo("The text recognition model 'det.onnx' is missing.");
    }

    @Test
    void aPictureReadWithNoTextAndAFileThatIsNoPictureSaySo() {
        read.put(1L, List.of());
        ExhibitTextViewModel vm = model(Locale.ENGLISH);

        vm.show(picture(1, "image/png", ""));
        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.READ);
        assertThat(vm.message().get()).isEqualTo("No text was found in this picture.");

        int before = reads;
        vm.show(picture(2, "application/pdf", ""));
        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.NOT_READABLE);
        assertThat(vm.message().get()).startsWith("Text is read from pictures only");
        assertThat(reads).as("nothing is asked about a file that is no picture").isEqualTo(before);

        vm.show(picture(3, "image/heic", ""));
        assertThat(vm.state().get()).as("kept, but not decodable here").isEqualTo(
                ExhibitTextViewModel.State.NOT_READABLE);
    }

    @Test
    void aNewRedactionBoxTakesTheLinesUnderItOutAtOnce() {
        read.put(1L, List.of(TITLE, ORDER, AMOUNT));
        ExhibitTextViewModel vm = model(Locale.ENGLISH);
        vm.show(picture(1, "image/png", ""));
        vm.hovered().set(ORDER);

        vm.redacted(List.of(new Redaction(300, 410, 50, 10)));

        assertThat(vm.lines()).containsExactly(TITLE, AMOUNT);
        assertThat(vm.hovered().get()).as("the hidden line is no longer outlined").isNull();
    }

    @Test
    void copyingGivesTheChosenLinesInReadingOrderOrEveryLineWhenNoneIsChosen() {
        read.put(1L, List.of(TITLE, ORDER, AMOUNT));
        ExhibitTextViewModel vm = model(Locale.ENGLISH);
        vm.show(picture(1, "image/png", ""));

        assertThat(vm.copy(List.of(AMOUNT, TITLE))).isEqualTo("交易详情\n¥1,250.00");
        assertThat(vm.notice().get()).isEqualTo("Copied 2 lines.");
        assertThat(vm.copy(List.of())).isEqualTo("交易详情\n订单号 2026110322001456789\n¥1,250.00");
    }

    @Test
    void aLineBecomesTheCaptionThroughTheCaptionEditAndUndoPutsTheOldOneBack() {
        read.put(1L, List.of(TITLE, ORDER, AMOUNT));
        ExhibitTextViewModel vm = model(Locale.ENGLISH);
        vm.show(picture(1, "image/png", "Payment page"));

        vm.useAsCaption(ORDER);

        assertThat(selected.caption()).isEqualTo("订单号 2026110322001456789");
        assertThat(vm.notice().get()).isEqualTo("Caption set to \u201c订单号 2026110322001456789\u201d.");
        assertThat(vm.captionUndoable().get()).isTrue();

        vm.undoCaption();

        assertThat(selected.caption()).isEqualTo("Payment page");
        assertThat(captionsSaved).containsExactly("订单号 2026110322001456789", "Payment page");
        assertThat(vm.captionUndoable().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void showingAnotherExhibitForgetsTheCaptionUndo() {
        read.put(1L, List.of(TITLE));
        read.put(2L, List.of(AMOUNT));
        ExhibitTextViewModel vm = model(Locale.ENGLISH);
        vm.show(picture(1, "image/png", "old"));
        vm.useAsCaption(TITLE);

        vm.show(picture(2, "image/png", "other"));
        vm.undoCaption();

        assertThat(vm.captionUndoable().get()).isFalse();
        assertThat(captionsSaved).containsExactly("交易详情");
    }

    @Test
    void onlyAScreenshotStillWaitingIsReadAgainWhenMoreTextArrives() {
        waiting = 2;
        ExhibitTextViewModel vm = model(Locale.ENGLISH);
        vm.show(picture(1, "image/png", ""));
        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.WAITING);

        read.put(1L, List.of(TITLE, AMOUNT));
        vm.someTextRead();
        assertThat(vm.state().get()).isEqualTo(ExhibitTextViewModel.State.READ);
        assertThat(vm.lines()).containsExactly(TITLE, AMOUNT);

        int before = reads;
        vm.someTextRead();
        assertThat(reads).as("a read exhibit is not asked about again").isEqualTo(before);
    }
}
