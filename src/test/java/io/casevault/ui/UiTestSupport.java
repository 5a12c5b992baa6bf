package io.casevault.ui;

import io.casevault.app.AppExecutors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** What the TestFX tests share: a fixed clock and zone, a background executor, and waiting for the UI to settle. */
public final class UiTestSupport {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    private UiTestSupport() {
    }

    public static ExecutorService executor() {
        return AppExecutors.of(2, 2).io();
    }

    /** Waits until the condition holds on the FX thread, after background work and FX events settle. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The window did not reach the expected state within 10 seconds", e);
        }
    }

    /** True when a visible labeled node shows exactly this text. */
    public static boolean showsText(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && isShowing(n)).tryQuery()
                .isPresent();
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
