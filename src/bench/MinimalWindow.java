import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of src/bench/startup.sh: the least a JavaFX window can be — one Label in a Stage — started from the
 * class path with the JavaFX jars CaseVault uses. The launcher class does not extend Application (as CaseVault's
 * io.casevault.Launcher does not), so the java launcher runs it from the class path.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A minimal JavaFX window")), 1100, 720));
            stage.show();
        }
    }
}
