package io.casevault.cli;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Runs a system command (mount, umount) for a test that sets up a file system; false when it cannot. */
final class Commands {
    private Commands() {
    }

    static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
