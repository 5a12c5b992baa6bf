package io.casevault.ui.common;

import javafx.scene.Scene;

import java.util.function.BooleanSupplier;

/** Work that waits for a layout pass: what the user sees on the next frame is what it judges by. */
public final class AfterLayout {
    private AfterLayout() {
    }

    /**
     * Runs {@code then} once, after the first layout pass of {@code scene} at whose end {@code ready} holds (checked
     * after every pass until then).
     */
    public static void once(Scene scene, BooleanSupplier ready, Runnable then) {
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (!ready.getAsBoolean()) {
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check);
    }
}
