package io.casevault;

import io.casevault.vault.VaultLocation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The window started with {@code java -jar casevault.jar}: that command line gives the JVM none of the options the
 * app-image's launcher has, and a JDK 17 takes no class-data archive from a jar's manifest, so the window's JVM loads
 * and verifies every class from the jars and compiles much of its start with the optimising compiler. This process then
 * starts the same command again with those options — an AppCDS archive of the app's classes kept in the cache folder
 * (made by the first such start, when it exits) and the launcher's JIT options — and waits for it, ending it when
 * it is ended itself, and exits with its code. Of the command line's commands, {@link CommandRelaunch} starts
 * {@code export} and large adds and mail imports again the same way, each kind with an archive of its own
 * ({@link #runWithArchive}); the rest stay in the first JVM, which a second would only slow.
 * {@code -Dcasevault.relaunch=false} opens the window in the first JVM.
 *
 * <p>The second JVM runs {@link Launcher#main} again, which tells the Flight Recorder to report itself unsupported
 * before anything asks, so Jdbi registers no recorder event there either.
 */
final class JarRelaunch {
    /** Set on the second JVM, which never starts another. */
    static final String RELAUNCHED = "casevault.relaunched";
    /** The app-image launcher's JIT options (packaging/linux/build.sh says why). */
    static final List<String> JIT_OPTIONS = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000", "-XX:-C1UpdateMethodData");

    private JarRelaunch() {
    }

    /** The second JVM's exit code, or empty when this one should open the window itself. */
    static OptionalInt run() {
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<List<String>> arguments = ownArguments();
        if (!startedAloneFromJar() || java.isEmpty() || arguments.isEmpty()) {
            return OptionalInt.empty();
        }
        return runWithArchive(java.get(), arguments.get(), archive(Path.of(System.getProperty("java.class.path"))),
                List.of());
    }

    /**
     * Starts the command line {@code java arguments} again with the JIT options, {@code options} and the class-data
     * archive {@code archive}, made by this first start when there is none yet (as the second JVM exits), and waits
     * for it: the second JVM's exit code, or empty when it could not be started.
     */
    static OptionalInt runWithArchive(String java, List<String> arguments, Path archive, List<String> options) {
        // one of its own per start: two first starts at once never write into the same file
        Path making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        boolean made = Files.isRegularFile(archive);
        try {
            if (!made) {
                Files.createDirectories(archive.getParent());
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        List<String> line = line(java, arguments, made ? archive : null, making, options);
        // ended with this process (a closed session, a kill), the second JVM writes the archive as it exits; one it
        // did not finish in time is left for the next start to make again
        Optional<Ended> ended = startAndWait(line, child -> {
            if (!child.isAlive()) {
                keep(made ? null : making, archive);
            }
        });
        if (ended.isEmpty()) {
            return OptionalInt.empty();
        }
        int code = ended.get().code();
        if (ended.get().cutShort()) {
            return OptionalInt.of(code); // the stopping thread keeps the archive
        }
        if (code == 0) {
            keep(made ? null : making, archive);
        } else { // a window that could not open or a command that failed leaves no archive of its few classes
            try {
                Files.deleteIfExists(making);
            } catch (IOException e) {
                // a leftover, which no start uses
            }
        }
        return OptionalInt.of(code);
    }

    /**
     * How a command started again ended: its exit code, and whether this JVM was ended or interrupted before it
     * (then the code is the child's after it was ended, or 1).
     */
    private record Ended(int code, boolean cutShort) {
    }

    /**
     * Starts {@code line} with this JVM's input and output and waits for it. Ended itself first (a closed terminal
     * or session, a kill), this JVM ends the child too, gives it 30 s to stop and then hands it to
     * {@code afterStopping}. Empty when the child could not be started.
     */
    private static Optional<Ended> startAndWait(List<String> line, Consumer<Process> afterStopping) {
        Process child;
        try {
            child = new ProcessBuilder(line).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            if (!child.isAlive()) {
                return; // it ended by itself: the caller deals with it
            }
            stopping.set(true);
            child.destroy();
            try {
                child.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            afterStopping.accept(child);
        }, "relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int code = child.waitFor();
            return Optional.of(new Ended(code, stopping.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Ended(1, true));
        }
    }

    /**
     * This JVM's arguments (its options, {@code -jar}, the jar and the command's): from {@code /proc} on Linux, as the
     * JDK's own {@link ProcessHandle.Info#arguments} gives none for a command line longer than a page (an add of a
     * few dozen files), elsewhere from the JDK.
     */
    static Optional<List<String>> ownArguments() {
        Path own = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(own)) {
            return ProcessHandle.current().info().arguments().map(List::of);
        }
        try {
            String all = new String(Files.readAllBytes(own), Charset.forName(System.getProperty("sun.jnu.encoding",
                    Charset.defaultCharset().name())));
            List<String> words = List.of(all.split("\0"));
            return words.size() < 2 ? Optional.empty() : Optional.of(words.subList(1, words.size()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the archive the window's JVM wrote as it exited, under its name (the next start uses it).
     */
    private static synchronized void keep(Path making, Path archive) {
        if (making == null || !Files.isRegularFile(making)) {
            return;
        }
        try {
            Files.move(making, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // the next start makes it again
        }
        removeOthers(archive);
    }

    /**
     * Removes the archives of the same kind for other builds or JDKs beside a new one (tens of MB each; a jar rebuilt
     * or updated would otherwise leave one per build in the cache folder), and parts left by starts that were killed;
     * the archives of the other kind (the window's, an export's) stay.
     */
    static void removeOthers(Path archive) {
        String name = archive.getFileName().toString();
        String kind = name.substring(0, name.length() - "00000000.jsa".length());
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), kind + "????????.jsa*")) {
            for (Path other : all) {
                String n = other.getFileName().toString();
                boolean part = n.endsWith(".part");
                // a part another start is writing now is young: only parts over a day old are leftovers
                if (!n.equals(name) && (!part || isOld(other))) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            // kept for another time: the archive in use is in place
        }
    }

    private static boolean isOld(Path part) throws IOException {
        return Files.getLastModifiedTime(part).toInstant().isBefore(java.time.Instant.now().minus(
                java.time.Duration.ofDays(1)));
    }

    /** Whether this JVM may start its command again with better options ({@link #wanted}, from its properties). */
    static boolean startedAloneFromJar() {
        return wanted(System.getProperty("sun.java.command", ""), System.getProperty("java.class.path", ""),
                System.getProperty("java.vm.name", ""), feature(System.getProperty("java.specification.version", "")),
                System.getProperty(RELAUNCHED) != null || "false".equalsIgnoreCase(
                        System.getProperty("casevault.relaunch")));
    }

    /**
     * The Java version's feature number from the specification version ("17"; "1.8" before Java 9 gives 1), read
     * without {@link Runtime#version()}, whose parsing (a regular expression and lambdas) takes a fresh JVM some 20 ms
     * on the way to the second JVM's start.
     */
    static int feature(String specificationVersion) {
        int dot = specificationVersion.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? specificationVersion : specificationVersion.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Whether this JVM should start the window's again: it was started as {@code java -jar} on the jar alone (the
     * class path is the jar the command names), by a HotSpot JVM that can write and read a dynamic archive (13 or
     * later), and not already started again nor told not to.
     */
    static boolean wanted(String javaCommand, String classPath, String vmName, int feature, boolean refused) {
        boolean fromJar = !classPath.isEmpty() && classPath.endsWith(".jar") && !classPath.contains(
                java.io.File.pathSeparator) && (javaCommand.equals(classPath) || javaCommand.startsWith(classPath + " "));
        String vm = vmName.toLowerCase(Locale.ROOT);
        boolean hotSpot = (vm.contains("hotspot") || vm.contains("openjdk")) && !vm.contains("openj9");
        return fromJar && hotSpot && feature >= 13 && !refused;
    }

    /**
     * The second JVM's command line: the same java and arguments, with the archive to use ({@code archive}) or, when
     * there is none yet, the one to make when it exits ({@code making}), the JIT options and {@code options}.
     */
    static List<String> line(String java, List<String> arguments, Path archive, Path making, List<String> options) {
        List<String> line = new ArrayList<>();
        line.add(java);
        line.add(archive != null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + making);
        line.add("-Xshare:auto");
        // an archive the JVM cannot use (another JDK, a changed jar) is passed over in silence, as with the launcher
        line.add("-Xlog:cds=off");
        line.add("-Xlog:cds+dynamic=off");
        // a HotSpot built without C1 (a Zero VM, say) knows no C1 option and would refuse to start: it starts without
        // the options it does not know, as the first JVM did
        line.add("-XX:+IgnoreUnrecognizedVMOptions");
        line.addAll(JIT_OPTIONS);
        line.addAll(options);
        line.add("-D" + RELAUNCHED + "=true");
        line.addAll(arguments);
        return line;
    }

    /**
     * The archive for this jar and this JVM, in the cache folder: named by both (the jar's path, size and time, the
     * JVM's home and version), so an archive is never offered to another build or another JDK.
     */
    static Path archive(Path jar) {
        return archive(jar, "");
    }

    /**
     * The archive of the classes a kind of command loads ({@code kind} names it, e.g. {@code export}; empty for the
     * window's), for this jar and this JVM, as {@link #archive(Path)}.
     */
    static Path archive(Path jar, String kind) {
        String key;
        try {
            key = jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar)
                    + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.runtime.version");
        } catch (IOException e) {
            key = jar.toAbsolutePath().normalize() + "|" + System.getProperty("java.home") + "|"
                    + System.getProperty("java.runtime.version");
        }
        // eight hex digits, built by hand: a first String.format costs a fresh JVM some milliseconds
        String hash = Integer.toHexString(key.hashCode());
        return VaultLocation.cacheDir().resolve("cds").resolve("casevault-" + (kind.isEmpty() ? "" : kind + "-")
                + "00000000".substring(hash.length()) + hash + ".jsa");
    }
}
