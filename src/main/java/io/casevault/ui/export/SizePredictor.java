package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import io.casevault.app.SubmissionExport;

/** Predicts a submission copy's size before exporting; the view model calls {@code ExportService} through this. */
@FunctionalInterface
public interface SizePredictor {

    SubmissionExport.Prediction predict(long caseId, ExportOptions options);
}
