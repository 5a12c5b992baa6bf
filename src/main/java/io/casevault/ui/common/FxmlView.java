package io.casevault.ui.common;

/** Every FXML file of the app, in one place. */
public enum FxmlView {
    MAIN_WINDOW("/io/casevault/ui/shell/main-window.fxml"),
    /** Included by {@link #MAIN_WINDOW}, as are the four below. */
    MENUS("/io/casevault/ui/shell/menus.fxml"),
    CASE_LIST("/io/casevault/ui/shell/case-list.fxml"),
    CASE_HEADER("/io/casevault/ui/shell/case-header.fxml"),
    CASE_TABS("/io/casevault/ui/shell/case-tabs.fxml"),
    STATUS_BAR("/io/casevault/ui/shell/status-bar.fxml"),
    WELCOME("/io/casevault/ui/welcome/welcome.fxml"),
    /** Shown instead of the window when the vault's database is damaged. */
    RECOVERY_PANE("/io/casevault/ui/recovery/recovery-pane.fxml"),
    CASE_DIALOG("/io/casevault/ui/cases/case-dialog.fxml"),
    OVERVIEW("/io/casevault/ui/cases/overview.fxml"),
    TRANSACTIONS("/io/casevault/ui/transactions/transactions.fxml"),
    TRANSACTION_DIALOG("/io/casevault/ui/transactions/transaction-dialog.fxml"),
    /** Included by {@link #IMPORT_STATEMENT_DIALOG}: the quick selections of rows. */
    IMPORT_SELECTION("/io/casevault/ui/transactions/import-selection.fxml"),
    // the case tabs laid out in FXML with the evidence, timeline and export views
    EVIDENCE("/io/casevault/ui/evidence/evidence.fxml"),
    /** Included by {@link #EVIDENCE}. */
    EVIDENCE_DETAILS("/io/casevault/ui/evidence/evidence-details.fxml"),
    TIMELINE("/io/casevault/ui/timeline/timeline.fxml"),
    EXPORT("/io/casevault/ui/export/export.fxml"),
    // dialogs (shown through FxmlDialog)
    IMPORT_STATEMENT_DIALOG("/io/casevault/ui/transactions/import-statement-dialog.fxml"),
    /** Included by {@link #IMPORT_STATEMENT_DIALOG}. */
    IMPORT_MAPPING("/io/casevault/ui/transactions/import-mapping.fxml"),
    LETTER_DIALOG("/io/casevault/ui/guidance/letter-dialog.fxml"),
    CLOCK_EDITOR_DIALOG("/io/casevault/ui/guidance/clock-editor-dialog.fxml"),
    FOLLOW_UP_DIALOG("/io/casevault/ui/timeline/follow-up-dialog.fxml"),
    OWN_ADDRESSES_DIALOG("/io/casevault/ui/mail/own-addresses-dialog.fxml"),
    ABOUT_DIALOG("/io/casevault/ui/about/about-dialog.fxml"),
    ERROR_DIALOG("/io/casevault/ui/error/error-dialog.fxml"),
    PROGRESS_DIALOG("/io/casevault/ui/backup/progress-dialog.fxml"),
    SUGGESTIONS_DIALOG("/io/casevault/ui/suggestions/suggestions-dialog.fxml"),
    FORM_TEXT_DIALOG("/io/casevault/ui/export/form-text-dialog.fxml"),
    ORIGINALS_DIALOG("/io/casevault/ui/export/originals-dialog.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
