package io.casevault.ui.mail;

import io.casevault.app.MailAddressService;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.DialogSizes;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File → E-mail addresses…: the stored addresses ticked, more typed in, a wrong one named, the dialog's size. */
@ExtendWith(ApplicationExtension.class)
class OwnAddressesDialogUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final List<UiFixture> fixtures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        io.casevault.ui.shell.Appearance.loadFonts();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        fixtures.forEach(UiFixture::close);
    }

    private UiFixture fixture(Locale locale) {
        UiFixture fx = new UiFixture(dir.resolve(locale.toLanguageTag()), locale);
        fixtures.add(fx);
        return fx;
    }

    @Test
    void theDialogHoldsItsContentInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UiFixture fx = fixture(locale);
            List<Dialog<?>> shown = new CopyOnWriteArrayList<>();
            List<MailAddressService.Candidate> found = List.of(
                    new MailAddressService.Candidate("zs@home.example", "张三", 12),
                    new MailAddressService.Candidate("support@wallet.example", "钱包客服", 11));
            robot.interact(() -> shown.add(new OwnAddressesDialog(fx.session.mailAddresses()::setOwnAddresses,
                    fx.ctx.texts(), fx.background()).show(stage, List.of(), found, true, c -> { })));
            waitUntil(shown.get(0)::isShowing);
            robot.interact(() -> DialogSizes.assertMinimumHoldsTheContent(shown.get(0).getDialogPane()));
            robot.interact(shown.get(0)::close);
        }
    }

    @Test
    void editingShowsTheStoredAddressesAndAWrongOneKeepsTheDialogOpen(FxRobot robot) {
        UiFixture fx = fixture(Locale.ENGLISH);
        fx.session.mailAddresses().setOwnAddresses(List.of("zs@home.example"));
        OwnAddresses own = OwnAddresses.of(fx.session.mailAddresses(), fx.ctx.texts(), fx.background(),
                fx.notifier, () -> stage);

        robot.interact(own::edit);
        waitUntil(() -> robot.lookup("#saveOwnAddressesButton").tryQuery().isPresent());
        CheckBox stored = robot.lookup(".check-box").queryAs(CheckBox.class);
        assertThat(stored.isSelected()).isTrue();
        robot.clickOn(".text-field").write("not an address");
        robot.clickOn("#saveOwnAddressesButton");
        waitUntil(() -> robot.lookup(".field-error").queryAs(Label.class).getText().contains("is not an e-mail"));
        assertThat(fx.session.mailAddresses().ownAddresses()).containsExactly("zs@home.example");

        robot.doubleClickOn(".text-field").eraseText(20).write("zs@work.example");
        robot.clickOn("#saveOwnAddressesButton");
        waitUntil(() -> !fx.notifier.messages.isEmpty());

        assertThat(fx.session.mailAddresses().ownAddresses()).containsExactly("zs@home.example", "zs@work.example");
        assertThat(fx.notifier.messages).last().satisfies(m -> assertThat(m.text())
                .isEqualTo("2 addresses of yours; no imported e-mail changed."));
    }
}
