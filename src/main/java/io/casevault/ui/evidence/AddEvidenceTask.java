package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.EvidenceService;
import io.casevault.app.Progress;
import javafx.concurrent.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds dropped, pasted or chosen files to a case in the background. Folders are expanded here, off the FX thread.
 * Progress goes through {@link Task#updateProgress}, which coalesces updates to the FX thread, so a thousand files
 * cost a handful of pulses, not a thousand {@code runLater}s.
 */
final class AddEvidenceTask extends Task<List<AddOutcome>> implements Progress {
    private final EvidenceService service;
    private final long caseId;
    private final List<Path> given;
    private final String countingMessage;

    AddEvidenceTask(EvidenceService service, long caseId, List<Path> given, String title, String countingMessage) {
        this.service = service;
        this.caseId = caseId;
        this.given = List.copyOf(given);
        this.countingMessage = countingMessage;
        updateTitle(title);
    }

    @Override
    protected List<AddOutcome> call() {
        updateMessage(countingMessage);
        List<Path> files = expand(given);
        updateProgress(0, files.size());
        return service.add(caseId, files, null, this);
    }

    @Override
    public void update(long done, long total, String item) {
        updateProgress(done, total);
        updateMessage(done + " / " + total + "  " + Path.of(item).getFileName());
    }

    /** Files in the order given; folders replaced by the files inside them (recursively, sorted by path). */
    static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f)).filter(f -> !isHidden(f)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path f) {
        String name = f.getFileName().toString();
        return name.startsWith(".") || name.equals("Thumbs.db") || name.equals("desktop.ini");
    }
}
