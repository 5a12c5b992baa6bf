package io.casevault.ui.common;

/** Every FXML file of the app, in one place. */
public enum FxmlView {
    ;

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
