package io.casevault.ui.export;

import io.casevault.app.OriginalsExport;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Export originals" dialog's model with a fake service, without the toolkit. */
class OriginalsViewModelTest {
    private static final Path FOLDER = Path.of("/home/me/Documents/case-originals-2026-11-25");
    private final List<List<String>> asked = new ArrayList<>();
    private RuntimeException failure;

    private static Evidence exhibit(int no) {
        return new Evidence(no, 1, String.format("%064x", no), "shot-" + no + ".png", "image/png", 100, null, null, 1,
                null, CaptureSource.IMPORT_TIME, Instant.EPOCH, null, List.of(), no, null);
    }

    private OriginalsViewModel model() {
        OriginalsViewModel m = new OriginalsViewModel(id -> List.of(exhibit(1), exhibit(2), exhibit(3)),
                (id, labels, folder, progress) -> {
                    asked.add(labels);
                    if (failure != null) {
                        throw failure;
                    }
                    List<OriginalsExport.File> files = new ArrayList<>();
                    for (int i = 1; i <= (labels.isEmpty() ? 3 : labels.size()); i++) {
                        files.add(new OriginalsExport.File("E-" + i, "E-0" + i + " shot.png", "ab".repeat(32), 100));
                    }
                    return new OriginalsExport(folder, files);
                }, Texts.of(Locale.ENGLISH), Background.direct(), 1, FOLDER);
        m.load();
        return m;
    }

    @Test
    void everyExhibitIsChosenAtFirstAndAllAreExported() {
        OriginalsViewModel m = model();

        assertThat(m.choices()).extracting(Object::toString).containsExactly("E-1  shot-1.png", "E-2  shot-2.png",
                "E-3  shot-3.png");
        assertThat(m.canExport().get()).isTrue();
        m.export();

        assertThat(asked).containsExactly(List.of());
        assertThat(m.status().get()).isEqualTo("3 originals and SHA256SUMS written to " + FOLDER);
        assertThat(m.running().get()).isFalse();
    }

    @Test
    void aSelectionExportsOnlyTheChosenExhibits() {
        OriginalsViewModel m = model();
        m.choices().get(1).chosen().set(false);
        m.export();

        assertThat(asked).containsExactly(List.of("E-1", "E-3"));
        m.chooseAll(false);
        assertThat(m.canExport().get()).isFalse();
        m.chooseAll(true);
        m.folder().set(" ");
        assertThat(m.canExport().get()).isFalse();
    }

    @Test
    void aRefusalOrACancelIsOneSentence() {
        failure = new DomainException(Reason.of("originals.notEmpty", "The folder x is not empty; choose a new or "
                + "empty folder for the originals.", "x"));
        OriginalsViewModel m = model();
        m.export();
        assertThat(m.status().get()).isEqualTo("The originals were not exported: The folder x is not empty; choose a "
                + "new or empty folder for the originals.");

        failure = new CancellationException();
        m.export();
        assertThat(m.status().get()).isEqualTo("Cancelled. Nothing was written.");
    }
}
