package io.casevault.ui.evidence;

import io.casevault.ExifJpeg;
import io.casevault.app.Progress;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.UiFixture;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.timeline.TimelineController;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throwaway launcher to look at the evidence and timeline views: a temp vault with a case, screenshots and photos
 * from /tmp/bench-run/corpus, transactions and follow-ups. Args: en|zh, and a folder to write screenshots to (taken
 * with ImageMagick's {@code import -window root}) — then it steps through grid, viewer, timeline, dialog and quits.
 */
public final class EvidenceViewDemo extends Application {
    private static Locale locale = Locale.US;
    private static Path shots;

    /** Started from here: the java launcher refuses a class-path main class that extends Application. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            EvidenceViewDemo.main(args);
        }
    }

    public static void main(String[] args) {
        locale = args.length > 0 && args[0].startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.US;
        shots = args.length > 1 ? Path.of(args[1]) : null;
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Locale.setDefault(locale);
        UiFixture fx = new UiFixture(Files.createTempDirectory("evidence-demo"), locale);
        seed(fx);
        loadCjkFont();
        EvidenceController evidence = CaseTabs.evidence(fx.ctx, fx.background());
        TimelineController timeline = CaseTabs.timeline(fx.ctx, fx.background());
        TabPane tabs = new TabPane(new Tab(fx.ctx.text(evidence.titleKey()), evidence.root()),
                new Tab(fx.ctx.text(timeline.titleKey()), timeline.root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 1380, 860);
        scene.getRoot().setStyle("-fx-font-family: 'Noto Sans SC';");
        stage.setScene(scene);
        stage.setTitle("CaseVault demo");
        stage.setX(10);
        stage.setY(10);
        stage.show();
        evidence.showCase(fx.caseId);
        timeline.showCase(fx.caseId);
        if (shots == null) {
            return;
        }
        Files.createDirectories(shots);
        String lang = locale.getLanguage();
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> shoot("1-grid-" + lang));
        steps.add(() -> evidence.model().selected().set(evidence.items().get(1)));
        steps.add(() -> {
            evidence.inspector().viewer().redactButton().setSelected(true);
            Redaction r = new Redaction(60, 300, 700, 120);
            evidence.inspector().viewer().layer().boxes().setAll(r, new Redaction(80, 1600, 900, 160));
        });
        steps.add(() -> shoot("2-viewer-redaction-" + lang));
        steps.add(() -> evidence.model().selected().set(evidence.items().stream()
                .filter(e -> e.orientation() == 6).findFirst().orElseThrow()));
        steps.add(() -> shoot("3-viewer-rotated-" + lang));
        steps.add(() -> tabs.getSelectionModel().select(1));
        steps.add(() -> shoot("4-timeline-" + lang));
        steps.add(() -> button(timeline.root(), fx.ctx.text("timeline.logFollowUp")).fire());
        steps.add(() -> shoot("5-followup-dialog-" + lang));
        steps.add(() -> {
            fx.close();
            Platform.exit();
        });
        run(steps, 0);
    }

    private static void run(List<Runnable> steps, int i) {
        if (i >= steps.size()) {
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(i == 0 ? 5 : 2.5));
        wait.setOnFinished(e -> {
            steps.get(i).run();
            run(steps, i + 1);
        });
        wait.play();
    }

    private static Button button(Node root, String text) {
        return root.lookupAll(".button").stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    private static void shoot(String name) {
        try {
            new ProcessBuilder("import", "-window", "root", shots.resolve(name + ".png").toString()).inheritIO()
                    .start().waitFor();
            System.out.println("shot " + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void loadCjkFont() {
        javafx.scene.text.Font.loadFont(EvidenceViewDemo.class.getResourceAsStream("/io/casevault/fonts/NotoSansSC-Regular.ttf"), 13);
        javafx.scene.text.Font.loadFont(EvidenceViewDemo.class.getResourceAsStream("/io/casevault/fonts/NotoSansSC-Bold.ttf"), 13);
    }

    private static void seed(UiFixture fx) throws Exception {
        Path corpus = Path.of("/tmp/bench-run/corpus");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            files.add(corpus.resolve(String.format("shot-%04d.png", i)));
        }
        files.add(corpus.resolve("photo-0000.jpg"));
        files.add(corpus.resolve("photo-0001.jpg"));
        Path tmp = Files.createTempDirectory("demo-files");
        files.add(ExifJpeg.write(tmp.resolve("receipt-rotated.jpg"), 1600, 1000, 6));
        files.add(Files.writeString(tmp.resolve("hotline-call-notes.txt"), "Called 95188 at 10:05"));
        fx.session.evidence().add(fx.caseId, files, null, Progress.NONE);
        var list = fx.session.evidence().list(fx.caseId);
        fx.session.evidence().updateCaption(list.get(0).id(), "转账成功页面 / transfer confirmation");
        fx.session.evidence().updateCaption(list.get(1).id(), "客服聊天记录");
        var zone = UiFixture.ZONE;
        fx.session.transactions().add(new NewTransaction(fx.caseId, Instant.parse("2026-10-01T04:12:00Z"), zone,
                Money.parse("2500.00", "CNY"), Direction.OUT, "张三", "2026100122001", null, null, null,
                "转账未到账", TransactionSource.MANUAL));
        fx.session.transactions().add(new NewTransaction(fx.caseId, Instant.parse("2026-10-03T09:00:00Z"), zone,
                Money.parse("2.50", "CNY"), Direction.OUT, "Alipay", null, null, null, null, "手续费",
                TransactionSource.MANUAL));
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-10-05T02:30:00Z"), zone,
                Channel.HOTLINE, ContactDirection.OUTGOING, "客服 8821", "A2026100500917", "致电 95188，说明转账未到账",
                "答复 3 个工作日内处理", LocalDate.of(2026, 10, 10)), List.of(list.get(0).id()));
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-20T07:00:00Z"), zone,
                Channel.COMPLAINT_PLATFORM, ContactDirection.OUTGOING, null, "12315-88231", "向 12315 平台提交投诉",
                null, LocalDate.of(2026, 12, 5)));
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-22T03:00:00Z"), zone,
                Channel.EMAIL, ContactDirection.INCOMING, "Support team", null, "They asked for the receipt",
                null, null));
    }
}
