package io.casevault.cli;

import io.casevault.SmallDisk;

/** Runs a system command (mount, umount) for a test that sets up a file system; false when it cannot. */
final class Commands {
    private Commands() {
    }

    static boolean run(String... command) throws InterruptedException {
        return SmallDisk.run(command);
    }
}
