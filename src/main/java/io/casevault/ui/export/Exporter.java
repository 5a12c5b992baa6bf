package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.app.Progress;

/** Writes a case's dossier; the export view model calls {@code ExportService} through this, tests a slowed one. */
@FunctionalInterface
public interface Exporter {

    ExportResult export(long caseId, ExportOptions options, Progress progress);
}
