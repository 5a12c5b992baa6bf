package io.casevault.ui.common;

/** Every FXML file of the app, in one place. */
public enum FxmlView {
    MAIN_WINDOW("/io/casevault/ui/shell/main-window.fxml"),
    WELCOME("/io/casevault/ui/welcome/welcome.fxml"),
    CASE_DIALOG("/io/casevault/ui/cases/case-dialog.fxml"),
    OVERVIEW("/io/casevault/ui/cases/overview.fxml"),
    TRANSACTIONS("/io/casevault/ui/transactions/transactions.fxml"),
    TRANSACTION_DIALOG("/io/casevault/ui/transactions/transaction-dialog.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
